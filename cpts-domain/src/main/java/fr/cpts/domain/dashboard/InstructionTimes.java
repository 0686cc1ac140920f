package fr.cpts.domain.dashboard;

import fr.cpts.domain.dossier.DossierKind;
import java.util.OptionalDouble;

/**
 * How long the ARS takes to decide a kind of dossier, from its first filing to its decision (validated or refused),
 * over the dossiers decided in the last twelve months; and the dossiers still waiting, so that a long wait is never
 * hidden behind a short median: how many, how many already wait longer than the 90th percentile, the oldest.
 */
public record InstructionTimes(
        DossierKind kind,
        long decided,
        OptionalDouble medianDays,
        OptionalDouble ninetiethPercentileDays,
        long waiting,
        long waitingLongerThanNinetiethPercentile,
        OptionalDouble oldestWaitingDays) {

    public static InstructionTimes none(DossierKind kind) {
        return new InstructionTimes(
                kind, 0, OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, OptionalDouble.empty());
    }
}
