package fr.cpts.domain.dashboard;

/** One département of a région, or one région of France, with its CPTS by stage and its coverage. */
public record AreaFigures(String code, String name, StageCounts stages, Coverage coverage) {}
