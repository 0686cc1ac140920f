package fr.cpts.web.audit;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.HiddenEntries;
import fr.cpts.domain.audit.HiddenEntries.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each party of a CPTS is not shown of its journal, because they may not see it elsewhere: an officer reads
 * nothing of what the porteur writes before filing it (a dossier's draft text and attachments, a draft subsidy
 * request, the declarations and evidence of a review), until it is filed: the drafts answer 404 to officers until
 * then, and so do their journal entries; the CPAM, which does not take part in the exchange of messages between the
 * porteur and the ARS, does not read that messages were sent.
 */
final class JournalReader {

    private static final Set<AuditedEntity> PORTEUR_DRAFTS = Set.of(
            AuditedEntity.LETTRE_INTENTION,
            AuditedEntity.PROJET_SANTE,
            AuditedEntity.DEMANDE_ASSISTANT_MEDICAL,
            AuditedEntity.REVUE_ANNUELLE);
    private static final Set<AuditAction> DRAFTING =
            Set.of(AuditAction.CREATION, AuditAction.MODIFICATION, AuditAction.ATTACHMENT, AuditAction.DECLARATION);
    private static final Set<AuditedEntity> DOSSIERS =
            Set.of(AuditedEntity.LETTRE_INTENTION, AuditedEntity.PROJET_SANTE);

    private JournalReader() {}

    /** The entries hidden from a reader of that role. */
    static HiddenEntries hiddenFrom(Role reader) {
        List<Rule> rules = new ArrayList<>();
        if (reader == Role.ARS_OFFICER || reader == Role.CPAM_OFFICER) {
            rules.add(rule(Set.of(Role.PORTEUR), PORTEUR_DRAFTS, DRAFTING, Set.of(AuditAction.SUBMISSION)));
        }
        if (reader == Role.CPAM_OFFICER) {
            rules.add(rule(Set.of(), DOSSIERS, Set.of(AuditAction.MESSAGE), Set.of()));
        }
        return new HiddenEntries(rules);
    }

    private static Rule rule(
            Set<Role> actors, Set<AuditedEntity> entities, Set<AuditAction> actions, Set<AuditAction> shownOnce) {
        return new Rule(actors, names(entities), labels(actions), labels(shownOnce));
    }

    private static Set<String> names(Set<AuditedEntity> entities) {
        return entities.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> labels(Set<AuditAction> actions) {
        return actions.stream().map(AuditAction::label).collect(Collectors.toSet());
    }
}
