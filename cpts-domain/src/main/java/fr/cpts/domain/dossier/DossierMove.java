package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.lifecycle.Move;
import fr.cpts.domain.shared.lifecycle.MoveRule;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the instruction cycle: who makes each one, from which states, to which state, and whether it must
 * be explained. The same cycle serves the letter of intent and the health project.
 */
public enum DossierMove implements Move<DossierState> {
    SUBMIT("déposer", Role.PORTEUR, EnumSet.of(DossierState.DRAFT), DossierState.SUBMITTED, false),
    TAKE(
            "prendre en instruction",
            Role.ARS_OFFICER,
            EnumSet.of(DossierState.SUBMITTED),
            DossierState.UNDER_INSTRUCTION,
            false),
    REQUEST_CORRECTIONS(
            "demander des corrections sur",
            Role.ARS_OFFICER,
            EnumSet.of(DossierState.UNDER_INSTRUCTION),
            DossierState.CORRECTIONS_REQUESTED,
            true),
    RESUBMIT(
            "déposer de nouveau",
            Role.PORTEUR,
            EnumSet.of(DossierState.CORRECTIONS_REQUESTED),
            DossierState.SUBMITTED,
            false),
    VALIDATE("valider", Role.ARS_OFFICER, EnumSet.of(DossierState.UNDER_INSTRUCTION), DossierState.VALIDATED, false),
    REFUSE("refuser", Role.ARS_OFFICER, EnumSet.of(DossierState.UNDER_INSTRUCTION), DossierState.REFUSED, true),
    /** Also when the porteur never answers a request for corrections. */
    CLOSE(
            "classer sans suite",
            Role.ARS_OFFICER,
            EnumSet.of(DossierState.UNDER_INSTRUCTION, DossierState.CORRECTIONS_REQUESTED),
            DossierState.CLOSED_WITHOUT_FOLLOW_UP,
            true);

    private final MoveRule<DossierState> rule;

    DossierMove(String verb, Role actor, Set<DossierState> from, DossierState to, boolean reasonRequired) {
        this.rule = new MoveRule<>(verb, actor, from, to, reasonRequired);
    }

    @Override
    public MoveRule<DossierState> rule() {
        return rule;
    }

    /** The state every move of the cycle leads to. */
    public DossierState to() {
        return rule.to();
    }

    /** The moves someone of that role may make on a dossier in that state. */
    public static Set<DossierMove> available(DossierState state, Role role) {
        return Move.available(DossierMove.class, state, role);
    }
}
