package fr.cpts.domain.diagnostic;

import java.time.Instant;
import java.util.Optional;

/** An import that was made: into which version, for which région (empty: France), from which file, by whom. */
public record ImportRecord(
        String source,
        int year,
        Optional<String> region,
        String fileName,
        int communes,
        String importedBy,
        Instant importedAt,
        boolean demo) {}
