package fr.cpts.web.dossier;

import fr.cpts.web.document.PdfDownloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files between the forms and the service: uploads read, downloads sent as attachments. */
final class Uploads {

    private Uploads() {}

    /** The files actually chosen (a file input left empty sends an empty part). */
    static List<DossierService.UploadedFile> read(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> file != null && !file.isEmpty())
                .map(Uploads::read)
                .toList();
    }

    static DossierService.UploadedFile read(MultipartFile file) {
        try {
            return new DossierService.UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always downloaded, never shown inline, so a crafted file cannot run in the platform's origin. */
    static ResponseEntity<byte[]> download(fr.cpts.domain.shared.PdfFile pdf) {
        return PdfDownloads.attachment(pdf.filename(), pdf.content());
    }
}
