package fr.cpts.domain.diagnostic;

import fr.cpts.domain.diagnostic.DataVersion.VersionKey;
import fr.cpts.domain.territory.InseeCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The diagnostic's catalogue, data versions and totals (repository port, implemented by persistence). */
public interface DiagnosticData {

    /** The sources and indicators, in the order a diagnostic shows them. */
    Catalogue catalogue();

    /** Every version imported, by source then newest year first. */
    List<DataVersion> versions();

    /** The last imports, newest first: all of them, or a région's only. */
    List<ImportRecord> imports(Optional<String> region, int limit);

    /** The région of each of these codes that is a current commune (an unknown code is absent). */
    Map<InseeCode, String> regionsOf(Collection<InseeCode> communes);

    /**
     * Stores a checked file as its version, in one transaction with the version's area totals: all of it or nothing.
     */
    void store(DataSetImport file);

    /** The totals of these versions over a list of communes, summed by PostgreSQL. */
    AreaTotals totalsOf(Collection<InseeCode> communes, Collection<VersionKey> versions);

    /** How many current communes each of these areas holds. */
    Map<AreaCode, Integer> communeCounts(Collection<AreaCode> areas);

    /** The totals of these versions over départements, régions or France, computed at import: one per area asked. */
    Map<AreaCode, AreaTotals> areaTotals(Collection<AreaCode> areas, Collection<VersionKey> versions);
}
