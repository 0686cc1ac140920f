package fr.cpts.domain.assistant;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.List;
import java.util.Objects;

/**
 * A medical-assistant subsidy request was filed, accepted or refused: which request, the step recorded (the move, the
 * states, who, when and why) and the facts the decision rested on (the rule set applied, the amounts granted), as the
 * journal shows them. {@code request} is null only for a request never stored.
 */
public record SubsidyRequestMoved(
        CptsId cpts,
        AssistantSubsidyRequestId request,
        Step<SubsidyRequestMove, SubsidyRequestState> step,
        List<FieldChange> facts)
        implements StepEvent<SubsidyRequestMove, SubsidyRequestState> {

    public SubsidyRequestMoved {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(step, "mouvement");
        facts = List.copyOf(facts);
    }

    /** The same move, with the facts it rested on. */
    public SubsidyRequestMoved with(List<FieldChange> facts) {
        return new SubsidyRequestMoved(cpts, request, step, facts);
    }
}
