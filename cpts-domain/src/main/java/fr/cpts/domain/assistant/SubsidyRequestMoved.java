package fr.cpts.domain.assistant;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.Objects;

/**
 * A medical-assistant subsidy request was filed, accepted or refused: which request, and the step recorded (the
 * move, the states, who, when and why). {@code request} is null only for a request never stored.
 */
public record SubsidyRequestMoved(
        CptsId cpts, AssistantSubsidyRequestId request, Step<SubsidyRequestMove, SubsidyRequestState> step)
        implements StepEvent<SubsidyRequestMove, SubsidyRequestState> {

    public SubsidyRequestMoved {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(step, "mouvement");
    }
}
