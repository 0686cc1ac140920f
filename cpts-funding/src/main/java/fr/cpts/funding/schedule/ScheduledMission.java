package fr.cpts.funding.schedule;

import fr.cpts.domain.contract.StartBasis;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mission as the schedule sees it: its start date (démarrage) and what it rests on, its yearly fixed part and the
 * variable part earned this year.
 */
public record ScheduledMission(
        String label, LocalDate startDate, StartBasis startBasis, Explanation fixedPart, Explanation variablePart) {

    public ScheduledMission {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(startBasis, "startBasis");
        Objects.requireNonNull(fixedPart, "fixedPart");
        Objects.requireNonNull(variablePart, "variablePart");
    }
}
