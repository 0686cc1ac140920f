package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;
import java.util.Objects;
import java.util.Set;

/** The territory of a CPTS (territoire): the communes whose population it serves. Two CPTS never share a commune. */
public record Territory(CptsId cpts, Set<InseeCode> communes) {

    public Territory {
        Objects.requireNonNull(cpts, "CPTS");
        communes = Set.copyOf(Objects.requireNonNull(communes, "communes"));
    }

    /** A CPTS whose territory is not drawn yet. */
    public static Territory empty(CptsId cpts) {
        return new Territory(cpts, Set.of());
    }

    public boolean isEmpty() {
        return communes.isEmpty();
    }
}
