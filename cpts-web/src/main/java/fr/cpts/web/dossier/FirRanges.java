package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Region;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FIR seed-grant ranges as reference data: the range in force in each région with its date and source, each
 * région's history, and a new range recorded by the administrator from an effective date (the earlier ranges stay,
 * and keep applying to the grants decided while they were in force). Each change journalled.
 */
@Service
@Transactional
public class FirRanges {

    private final SeedGrants seedGrants;
    private final Communes communes;
    private final Audit audit;
    private final Clock clock;

    FirRanges(SeedGrants seedGrants, Communes communes, Audit audit, Clock clock) {
        this.seedGrants = seedGrants;
        this.communes = communes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A région's range in force and its history, as the page lists them. */
    public record RegionRanges(Region region, SeedGrantRange inForce, List<SeedGrants.RecordedRange> history) {}

    /** Every région that has an ARS, with its range in force today and its history. */
    @Transactional(readOnly = true)
    public List<RegionRanges> all() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), FrenchDates.PARIS);
        Map<String, SeedGrantRange> inForce = seedGrants.rangesOn(today).stream()
                .collect(Collectors.toMap(range -> range.region().value(), Function.identity()));
        return communes.regions().stream()
                .filter(Region::hasArs)
                .map(region -> new RegionRanges(
                        region, inForce.get(region.code()), seedGrants.historyOf(new RegionCode(region.code()))))
                .toList();
    }

    /** The administrator records a new range of a région from its effective date. Journalled. */
    public SeedGrantRange record(
            Account administrator, String region, String minimum, String maximum, String source, String from) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new DomainException("Seul un administrateur modifie les fourchettes FIR.");
        }
        RegionCode code = communes.regions().stream()
                .filter(Region::hasArs)
                .map(Region::code)
                .filter(known -> known.equals(region == null ? "" : region.strip()))
                .findFirst()
                .map(RegionCode::new)
                .orElseThrow(() -> new DomainException("Région : choisissez la région de la fourchette."));
        SeedGrantRange range =
                SeedGrantRange.typed(code, euros(minimum, "Minimum"), euros(maximum, "Maximum"), source, day(from));
        LocalDate today = LocalDate.ofInstant(clock.instant(), FrenchDates.PARIS);
        SeedGrantRange before = seedGrants.rangeFor(code, range.effectiveFrom()).orElse(null);
        seedGrants.recordRange(range, administrator.username(), clock.instant());
        audit.record(
                administrator,
                null,
                AuditedEntity.FOURCHETTE_FIR,
                code.value() + " " + range.effectiveFrom(),
                AuditAction.FIR_RANGE_CHANGED,
                null,
                List.of(
                        new FieldChange("fourchette", before == null ? null : describe(before), describe(range)),
                        new FieldChange("dateEffet", null, FrenchDates.day(range.effectiveFrom())),
                        new FieldChange("enVigueur", null, range.effectiveFrom().isAfter(today) ? "à venir" : "oui"),
                        new FieldChange("source", before == null ? null : before.source(), range.source())));
        return range;
    }

    private static String describe(SeedGrantRange range) {
        return FrenchNumbers.format(range.minimum().amount()) + " € à "
                + FrenchNumbers.format(range.maximum().amount()) + " €";
    }

    private static Money euros(String typed, String field) {
        BigDecimal amount = FrenchNumbers.parse(typed);
        if (amount == null || amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            throw new DomainException(
                    field + " : indiquez un montant en euros entre 0 et 10 000 000, par exemple " + "« 10 000 ».");
        }
        return new Money(amount);
    }

    private static LocalDate day(String typed) {
        return FrenchDates.read(typed)
                .filter(day -> day.getYear() >= 2016 && day.getYear() <= 2100)
                .orElseThrow(() ->
                        new DomainException("Date d'effet : écrivez-la au format JJ/MM/AAAA (entre 2016 et 2100)."));
    }
}
