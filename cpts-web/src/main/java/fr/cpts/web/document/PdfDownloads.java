package fr.cpts.web.document;

import fr.cpts.domain.shared.ArchivedDocument;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A PDF sent to the browser: always downloaded (attachment, its name in UTF-8), never shown inline nor sniffed as
 * something else, so a crafted file cannot run in the platform's origin.
 */
public final class PdfDownloads {

    private PdfDownloads() {}

    /** The response that downloads these bytes as this PDF file. */
    public static ResponseEntity<byte[]> attachment(String filename, byte[] bytes) {
        return headers(filename).body(bytes);
    }

    /**
     * An archived document (a signed contract, a payment statement) exactly as issued, with the SHA-256 archived with
     * it ({@code X-Content-SHA256}) for whoever checks the file received.
     */
    public static ResponseEntity<byte[]> archived(ArchivedDocument document) {
        return headers(document.filename())
                .header("X-Content-SHA256", document.sha256())
                .body(document.content());
    }

    private static ResponseEntity.BodyBuilder headers(String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
    }
}
