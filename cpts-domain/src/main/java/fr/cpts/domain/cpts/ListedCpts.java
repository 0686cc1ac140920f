package fr.cpts.domain.cpts;

import java.util.Objects;

/** A CPTS as a directory lists it: the record, with the names of its région and département. */
public record ListedCpts(CptsRecord cpts, String regionName, String departementName) {

    public ListedCpts {
        Objects.requireNonNull(cpts, "CPTS");
    }
}
