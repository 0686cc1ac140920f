package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import java.time.Instant;
import java.util.Objects;

/** What the pages show of an attachment (pièce jointe) of a dossier or of one of its messages; not its bytes. */
public record AttachmentInfo(
        long id, DossierId dossier, Long message, String filename, long size, Actor uploadedBy, Instant at) {

    public AttachmentInfo {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(filename, "nom du fichier");
        Objects.requireNonNull(uploadedBy, "auteur");
        Objects.requireNonNull(at, "date");
    }

    /** The size as people read it: « 245 ko », « 1,2 Mo ». */
    public String readableSize() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " ko";
        }
        return String.format(java.util.Locale.FRANCE, "%.1f Mo", size / (1024.0 * 1024.0));
    }
}
