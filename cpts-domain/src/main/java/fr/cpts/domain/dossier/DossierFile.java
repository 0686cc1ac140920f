package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Role;
import java.util.List;

/**
 * Everything a person may see of a dossier: the dossier and its timeline, the messages and attachments, and, for
 * the ARS only, the private comments and the opinion requests. What the porteur must not see is left out here, not
 * merely hidden by a page.
 */
public record DossierFile(
        Dossier dossier,
        List<DossierMessage> messages,
        List<AttachmentInfo> attachments,
        List<PrivateComment> comments,
        List<OpinionRequest> opinions) {

    public DossierFile {
        messages = List.copyOf(messages);
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
        opinions = List.copyOf(opinions);
    }

    /** The file as someone of that role may see it: the porteur never gets the private comments nor the opinions. */
    public static DossierFile seenBy(
            Role viewer,
            Dossier dossier,
            List<DossierMessage> messages,
            List<AttachmentInfo> attachments,
            List<PrivateComment> comments,
            List<OpinionRequest> opinions) {
        boolean instructs = viewer == Role.ARS_OFFICER;
        return new DossierFile(
                dossier, messages, attachments, instructs ? comments : List.of(), instructs ? opinions : List.of());
    }
}
