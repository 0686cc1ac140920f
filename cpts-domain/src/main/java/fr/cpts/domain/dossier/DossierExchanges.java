package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.shared.PdfFile;
import java.util.List;
import java.util.Optional;

/**
 * What surrounds the instruction of dossiers: private comments, the message thread, opinion requests and
 * attachments (repository port, implemented by persistence; attachment bytes are kept in the database, outside the
 * web root).
 */
public interface DossierExchanges {

    void addComment(PrivateComment comment);

    /** The private comments of a dossier, oldest first. */
    List<PrivateComment> comments(DossierId dossier);

    /** Stores the message and its PDF attachments; returns it as stored. */
    DossierMessage addMessage(DossierMessage message, List<PdfFile> attachments);

    /** The message thread of a dossier, oldest first, each with its attachments. */
    List<DossierMessage> messages(DossierId dossier);

    /** Stores a new or answered opinion request; returns it as stored. */
    OpinionRequest saveOpinion(OpinionRequest request);

    Optional<OpinionRequest> opinion(long id);

    /** The opinion requests of a dossier, oldest first. */
    List<OpinionRequest> opinionsOf(DossierId dossier);

    /** Stores a PDF attached to the dossier itself (not to a message). */
    AttachmentInfo attach(DossierId dossier, PdfFile file, Actor by, java.time.Instant at);

    /** The attachments of the dossier itself (not those of messages), oldest first. */
    List<AttachmentInfo> attachmentsOf(DossierId dossier);

    Optional<AttachmentInfo> attachment(long id);

    /** The bytes of an attachment. */
    Optional<PdfFile> attachmentContent(long id);
}
