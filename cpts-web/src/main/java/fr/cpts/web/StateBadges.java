package fr.cpts.web;

import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.DeadlineState;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.review.ReviewState;
import org.springframework.stereotype.Component;

/**
 * The one mapping of a state to the look of its DSFR badge, for every template ({@code ${@badges.of(state)}}): in
 * progress (blue), to handle by the person reading (« nouveau »), done (green: validated, accepted, paid, signed),
 * stopped or late (red), due soon or awaiting corrections (orange), over (grey).
 */
@Component("badges")
public class StateBadges {

    /** The five looks a state can take, and grey for what is over. */
    public enum Tone {
        IN_PROGRESS("fr-badge--info"),
        FOR_YOU("fr-badge--new"),
        DONE("fr-badge--success"),
        STOPPED("fr-badge--error"),
        DUE_SOON("fr-badge--warning"),
        OVER("");

        private final String css;

        Tone(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    /** The badge classes of that state. */
    public String of(Enum<?> state) {
        return tone(state).css();
    }

    /** The badge classes of that state, or « to handle by you » when the reader is the one expected to act. */
    public String of(Enum<?> state, boolean forYou) {
        return forYou ? Tone.FOR_YOU.css() : of(state);
    }

    /** A dated task: late, else to handle by the reader, else in progress. */
    public String task(boolean late, boolean forYou) {
        return (late ? Tone.STOPPED : forYou ? Tone.FOR_YOU : Tone.IN_PROGRESS).css();
    }

    /** A deadline flag: late, or due soon. */
    public String deadline(boolean overdue) {
        return (overdue ? Tone.STOPPED : Tone.DUE_SOON).css();
    }

    /** The message key of the state's short name, {@code state.DossierState.SUBMITTED} (its sentence: + {@code .sentence}). */
    public String key(Enum<?> state) {
        return "state." + state.getDeclaringClass().getSimpleName() + "." + state.name();
    }

    /** The tone of a state of the platform's lifecycles; an unknown kind of state is refused. */
    public static Tone tone(Enum<?> state) {
        if (state instanceof DossierState dossier) {
            return switch (dossier) {
                case DRAFT, SUBMITTED, UNDER_INSTRUCTION -> Tone.IN_PROGRESS;
                case CORRECTIONS_REQUESTED -> Tone.DUE_SOON;
                case VALIDATED -> Tone.DONE;
                case REFUSED, CLOSED_WITHOUT_FOLLOW_UP -> Tone.STOPPED;
            };
        }
        if (state instanceof ReviewState review) {
            return switch (review) {
                case DRAFT, SUBMITTED -> Tone.IN_PROGRESS;
                case CORRECTIONS_REQUESTED -> Tone.DUE_SOON;
                case CLOSED -> Tone.DONE;
            };
        }
        if (state instanceof SubsidyRequestState request) {
            return switch (request) {
                case DRAFT, FILED -> Tone.IN_PROGRESS;
                case ACCEPTED -> Tone.DONE;
                case REFUSED -> Tone.STOPPED;
            };
        }
        if (state instanceof PaymentOrderState order) {
            return switch (order) {
                case DUE -> Tone.IN_PROGRESS;
                case PAID -> Tone.DONE;
                case SUSPENDED -> Tone.DUE_SOON;
                case CANCELLED -> Tone.OVER;
            };
        }
        if (state instanceof ContractStatus contract) {
            return switch (contract) {
                case DRAFT, AWAITING_SIGNATURES -> Tone.IN_PROGRESS;
                case ACTIVE -> Tone.DONE;
                case SUPERSEDED, ENDED -> Tone.OVER;
            };
        }
        if (state instanceof OpinionVerdict verdict) {
            return switch (verdict) {
                case FAVOURABLE -> Tone.DONE;
                case RESERVED -> Tone.DUE_SOON;
                case UNFAVOURABLE -> Tone.STOPPED;
            };
        }
        if (state instanceof DeadlineState deadline) {
            return switch (deadline) {
                case ON_TIME -> Tone.IN_PROGRESS;
                case DUE_SOON -> Tone.DUE_SOON;
                case OVERDUE -> Tone.STOPPED;
                case DONE -> Tone.DONE;
            };
        }
        throw new IllegalArgumentException("No badge for the state " + state);
    }
}
