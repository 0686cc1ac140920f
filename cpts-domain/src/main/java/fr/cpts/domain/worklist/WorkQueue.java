package fr.cpts.domain.worklist;

import fr.cpts.domain.account.Role;
import java.util.Arrays;
import java.util.List;

/**
 * One queue of an officer's « Mon travail » panel: what waits for an ARS or a CPAM officer. Its French name is the
 * message {@code work.<NAME>}.
 */
public enum WorkQueue {
    /** Dossiers filed or taken, waiting for the ARS's decision. */
    DOSSIERS_TO_INSTRUCT(Role.ARS_OFFICER),
    /** Dossiers under instruction whose last message is the porteur's. */
    ANSWERS_RECEIVED(Role.ARS_OFFICER),
    /** Contracts and amendments the ARS has not signed. */
    ARS_SIGNATURES(Role.ARS_OFFICER),
    /** Yearly reviews not closed, during which the ARS records a serious health crisis if there was one. */
    CRISES_TO_RECORD(Role.ARS_OFFICER),
    /** Opinions asked of the CPAM, unanswered, on dossiers not decided yet. */
    OPINIONS_TO_GIVE(Role.CPAM_OFFICER),
    /** Contracts and amendments the CPAM has not signed. */
    CPAM_SIGNATURES(Role.CPAM_OFFICER),
    /** Yearly reviews filed by their CPTS, to examine. */
    REVIEWS_TO_EXAMINE(Role.CPAM_OFFICER),
    /** Medical-assistant subsidy requests filed, to decide. */
    SUBSIDY_REQUESTS_TO_DECIDE(Role.CPAM_OFFICER),
    /** Payment orders due this month, not paid nor suspended (the ledger's « À payer ce mois-ci »). */
    PAYMENTS_DUE(Role.CPAM_OFFICER),
    /** Payment orders whose due day passed, not paid nor suspended (the ledger's « En retard »). */
    PAYMENTS_LATE(Role.CPAM_OFFICER);

    private final Role role;

    WorkQueue(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The queues of that role's panel, in the panel's order. */
    public static List<WorkQueue> of(Role role) {
        return Arrays.stream(values()).filter(queue -> queue.role == role).toList();
    }
}
