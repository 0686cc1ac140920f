package fr.cpts.persistence.dossier;

/**
 * The SQL predicates on a {@code dossier} row (aliased {@code d}) that several reads share, so that a count and the
 * list it links to select the same dossiers.
 */
public final class DossierSql {

    /** The states in which the ARS has decided a dossier. */
    public static final String DECIDED = "('VALIDATED', 'REFUSED', 'CLOSED_WITHOUT_FOLLOW_UP')";

    /** The states of a dossier filed and not decided yet. */
    public static final String OPEN = "('SUBMITTED', 'UNDER_INSTRUCTION', 'CORRECTIONS_REQUESTED')";

    /** A dossier waiting for the ARS's decision: filed, or under instruction. */
    public static final String AWAITING_DECISION = "d.state in ('SUBMITTED', 'UNDER_INSTRUCTION')";

    /** A dossier not decided whose last message is the porteur's: an answer for the ARS to read. */
    public static final String ANSWERED_BY_PORTEUR =
            "d.state in " + OPEN + " and " + lastMessage("author_role") + " = 'PORTEUR'";

    private DossierSql() {}

    /** That column of the dossier's last message (null without one). */
    public static String lastMessage(String column) {
        return "(select m." + column + " from dossier_message m where m.dossier_id = d.id "
                + "order by m.at desc, m.id desc limit 1)";
    }
}
