package fr.cpts.domain.contract;

import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a mission stands against one deadline (échéance) on a given day, with the days left or late.
 * {@code days} is the days left (on time, due soon), the days late (overdue) or 0 (done).
 */
public record DeadlineStatus(DeadlineState state, LocalDate due, long days, LocalDate doneOn) {

    /** From this many days before the due day (included), the deadline is « à échéance ». */
    public static final int WARNING_DAYS = 30;

    public DeadlineStatus {
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(due, "échéance");
        if (days < 0 || (state == DeadlineState.DONE) != (doneOn != null)) {
            throw new IllegalArgumentException("Statut d'échéance incohérent");
        }
    }

    /**
     * The status on day {@code on} of a deadline due on {@code due}, {@code doneOn} being the day it was met (null
     * if not yet; a day after {@code on} counts as not yet). Done wins; the due day itself is still on time;
     * the day after is 1 day late.
     */
    public static DeadlineStatus of(LocalDate due, LocalDate on, LocalDate doneOn) {
        Objects.requireNonNull(due, "échéance");
        Objects.requireNonNull(on, "date");
        if (doneOn != null && !doneOn.isAfter(on)) {
            return new DeadlineStatus(DeadlineState.DONE, due, 0, doneOn);
        }
        long left = ChronoUnit.DAYS.between(on, due);
        if (left < 0) {
            return new DeadlineStatus(DeadlineState.OVERDUE, due, -left, null);
        }
        return new DeadlineStatus(
                left <= WARNING_DAYS ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME, due, left, null);
    }

    /**
     * French, as shown next to the mission: « dans les délais (échéance le 15/07/2025) », « à échéance dans 12 jours »,
     * « à échéance aujourd'hui », « en retard de 3 jours », « réalisé le 02/06/2025 ».
     */
    public String label() {
        return switch (state) {
            case ON_TIME -> "dans les délais (échéance le " + FrenchDates.day(due) + ")";
            case DUE_SOON -> days == 0 ? "à échéance aujourd'hui" : "à échéance dans " + ContractDates.days(days);
            case OVERDUE -> "en retard de " + ContractDates.days(days);
            case DONE -> "réalisé le " + FrenchDates.day(doneOn);
        };
    }
}
