package fr.cpts.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A PDF document attached to a dossier or a message (pièce jointe). Only PDF is accepted, checked by content (the
 * bytes start with {@code %PDF}, whatever the name or declared type says), within a maximum size.
 */
public record PdfFile(String filename, byte[] content) {

    private static final byte[] MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

    public PdfFile {
        content = content == null ? new byte[0] : content;
        filename = safeName(filename);
    }

    /** The file as uploaded, refused unless it is a PDF of at most {@code maxBytes}. */
    public static PdfFile checked(String filename, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new DomainException("Le fichier « " + safeName(filename) + " » est vide.");
        }
        if (content.length > maxBytes) {
            throw new DomainException("Le fichier « " + safeName(filename) + " » dépasse la taille maximale de "
                    + megabytes(maxBytes) + " Mo.");
        }
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DomainException("Le fichier « " + safeName(filename) + " » n'est pas un PDF : seuls les "
                    + "documents PDF sont acceptés.");
        }
        return new PdfFile(filename, content);
    }

    public long size() {
        return content.length;
    }

    /** Keeps the last path segment and letters, digits, spaces and {@code .-_()} only, ending in {@code .pdf}. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "document" + name;
        }
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfFile pdf && pdf.filename.equals(filename) && Arrays.equals(pdf.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * filename.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PdfFile[" + filename + ", " + content.length + " octets]";
    }
}
