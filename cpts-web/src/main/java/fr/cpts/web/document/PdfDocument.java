package fr.cpts.web.document;

import fr.cpts.domain.shared.ArchivedDocument;
import java.util.Objects;

/**
 * A generated PDF: its bytes, their SHA-256 (lower-case hexadecimal, to be kept with the document as its fingerprint),
 * the file name to offer when downloading it, and its size in bytes.
 */
public record PdfDocument(byte[] bytes, String sha256, String filename, long size) {

    public PdfDocument {
        bytes = Objects.requireNonNull(bytes, "contenu").clone();
        Objects.requireNonNull(sha256, "empreinte");
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("Un document PDF doit avoir un nom de fichier.");
        }
        if (size != bytes.length) {
            throw new IllegalArgumentException(
                    "Taille " + size + " différente du contenu (" + bytes.length + " octets).");
        }
        if (!sha256.equals(sha256Of(bytes))) {
            throw new IllegalArgumentException("L'empreinte SHA-256 ne correspond pas au contenu.");
        }
    }

    /** A document of these bytes, with their fingerprint and size computed. */
    public static PdfDocument of(byte[] bytes, String filename) {
        return new PdfDocument(bytes, sha256Of(bytes), filename, bytes.length);
    }

    /** SHA-256 of these bytes, in lower-case hexadecimal (64 characters). */
    public static String sha256Of(byte[] bytes) {
        return ArchivedDocument.sha256Of(bytes);
    }

    /** A copy of the bytes: the document itself cannot be changed after its fingerprint was taken. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfDocument that && sha256.equals(that.sha256) && filename.equals(that.filename);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, filename);
    }

    @Override
    public String toString() {
        return "PdfDocument[" + filename + ", " + size + " octets, sha256=" + sha256 + "]";
    }
}
