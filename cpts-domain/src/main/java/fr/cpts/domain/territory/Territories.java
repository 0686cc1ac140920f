package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;

import java.util.List;

/** The territories of the CPTS (repository port, implemented by persistence). */
public interface Territories {

    /** The communes of the CPTS's territory; empty when it is not drawn yet. */
    Territory of(CptsId cpts);

    /** The communes of this CPTS's territory that also belong to another CPTS's territory, by commune name. */
    List<TerritoryOverlap> overlapsOf(CptsId cpts);
}
