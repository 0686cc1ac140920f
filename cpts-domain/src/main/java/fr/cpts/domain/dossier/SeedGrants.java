package fr.cpts.domain.dossier;

import fr.cpts.domain.territory.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** FIR seed grants and the range each région grants them within (repository port, implemented by persistence). */
public interface SeedGrants {

    /** The range of that région in force on that day, if one is configured. */
    Optional<SeedGrantRange> rangeFor(RegionCode region, LocalDate on);

    /** The ranges of every région in force on that day, by région. */
    List<SeedGrantRange> rangesOn(LocalDate on);

    /** Every range that région had, newest effective date first, with who recorded each. */
    List<RecordedRange> historyOf(RegionCode region);

    /** Records a new range of a région, from its effective date; refused when one already starts that day. */
    void recordRange(SeedGrantRange range, String recordedBy, Instant at);

    /** A range as recorded: by whom and when. */
    record RecordedRange(SeedGrantRange range, String recordedBy, Instant recordedAt) {}

    /** The decision on that letter of intent, if any. */
    Optional<SeedGrant> of(DossierId letterOfIntent);

    /** Records the decision; a letter of intent carries one decision at most. */
    void record(SeedGrant grant);
}
