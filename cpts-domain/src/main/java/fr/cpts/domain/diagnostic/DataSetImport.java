package fr.cpts.domain.diagnostic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked file to store as an edition of a source: nationally (it replaces the whole version) or, for a regional
 * source imported by an ARS, for one région (it replaces the version's values in that région only).
 */
public record DataSetImport(
        String source,
        int year,
        Optional<LocalDate> effectiveOn,
        Optional<String> region,
        String fileName,
        List<CommuneValues> communes,
        boolean demo,
        String importedBy,
        Instant importedAt) {

    public DataSetImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveOn, "date d'effet (vide si sans objet)");
        Objects.requireNonNull(region, "région (vide pour la France entière)");
        Objects.requireNonNull(fileName, "nom du fichier");
        communes = List.copyOf(communes);
        Objects.requireNonNull(importedBy, "importé par");
        Objects.requireNonNull(importedAt, "date d'import");
    }
}
