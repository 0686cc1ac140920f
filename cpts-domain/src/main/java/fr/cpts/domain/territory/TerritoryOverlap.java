package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;
import java.util.Objects;

/** A commune claimed by two CPTS: refused, since a commune belongs to one CPTS territory at most. */
public record TerritoryOverlap(InseeCode commune, String communeName, CptsId otherCpts, String otherCptsName) {

    public TerritoryOverlap {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(communeName, "nom de la commune");
        Objects.requireNonNull(otherCpts, "autre CPTS");
        Objects.requireNonNull(otherCptsName, "nom de l'autre CPTS");
    }

    /** French sentence for the person who must resolve it. */
    public String describe() {
        return communeName + " (" + commune.value() + ") fait déjà partie du territoire de la " + otherCptsName + ".";
    }
}
