package fr.cpts.domain.dashboard;

import java.util.List;

/**
 * Every figure of a scope's dashboard; {@code areas} breaks the stages and the coverage down by département (for a
 * région or départements) or by région (for France), empty for a CPTS.
 */
public record DashboardFigures(
        StageCounts stages,
        Coverage coverage,
        List<InstructionTimes> instruction,
        Funds funds,
        WorkInProgress work,
        List<AreaFigures> areas) {

    public DashboardFigures {
        instruction = List.copyOf(instruction);
        areas = List.copyOf(areas);
    }
}
