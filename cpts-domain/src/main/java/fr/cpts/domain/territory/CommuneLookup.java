package fr.cpts.domain.territory;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to "which communes are these codes?": the communes found, and the codes the current reference data
 * does not know (never existed, or no longer a current commune after a merger).
 */
public record CommuneLookup(List<Commune> found, Set<InseeCode> unknown) {

    public CommuneLookup {
        found = List.copyOf(Objects.requireNonNull(found, "communes trouvées"));
        unknown = Set.copyOf(Objects.requireNonNull(unknown, "codes inconnus"));
    }

    /** Whether every code asked for is a current commune. */
    public boolean allFound() {
        return unknown.isEmpty();
    }
}
