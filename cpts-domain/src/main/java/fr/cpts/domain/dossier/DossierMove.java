package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the instruction cycle: who makes each one, from which states, to which state, and whether it must
 * be explained. The same cycle serves the letter of intent and the health project.
 */
public enum DossierMove {
    SUBMIT("déposer", Role.PORTEUR, EnumSet.of(DossierState.DRAFT), DossierState.SUBMITTED, false),
    TAKE("prendre en instruction", Role.ARS_OFFICER, EnumSet.of(DossierState.SUBMITTED),
            DossierState.UNDER_INSTRUCTION, false),
    REQUEST_CORRECTIONS("demander des corrections sur", Role.ARS_OFFICER, EnumSet.of(DossierState.UNDER_INSTRUCTION),
            DossierState.CORRECTIONS_REQUESTED, true),
    RESUBMIT("déposer de nouveau", Role.PORTEUR, EnumSet.of(DossierState.CORRECTIONS_REQUESTED),
            DossierState.SUBMITTED, false),
    VALIDATE("valider", Role.ARS_OFFICER, EnumSet.of(DossierState.UNDER_INSTRUCTION), DossierState.VALIDATED, false),
    REFUSE("refuser", Role.ARS_OFFICER, EnumSet.of(DossierState.UNDER_INSTRUCTION), DossierState.REFUSED, true),
    /** Also when the porteur never answers a request for corrections. */
    CLOSE("classer sans suite", Role.ARS_OFFICER,
            EnumSet.of(DossierState.UNDER_INSTRUCTION, DossierState.CORRECTIONS_REQUESTED),
            DossierState.CLOSED_WITHOUT_FOLLOW_UP, true);

    private final String verb;
    private final Role actor;
    private final Set<DossierState> from;
    private final DossierState to;
    private final boolean reasonRequired;

    DossierMove(String verb, Role actor, Set<DossierState> from, DossierState to, boolean reasonRequired) {
        this.verb = verb;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    /** French infinitive, as in « Impossible de valider ce dossier ». */
    public String verb() {
        return verb;
    }

    /** The only role that may make this move. */
    public Role actor() {
        return actor;
    }

    public boolean allowedFrom(DossierState state) {
        return from.contains(state);
    }

    public DossierState to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The moves someone of that role may make on a dossier in that state. */
    public static Set<DossierMove> available(DossierState state, Role role) {
        Set<DossierMove> moves = EnumSet.noneOf(DossierMove.class);
        for (DossierMove move : values()) {
            if (move.actor == role && move.allowedFrom(state)) {
                moves.add(move);
            }
        }
        return moves;
    }
}
