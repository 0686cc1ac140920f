package fr.cpts.persistence.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.RegionCode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FIR seed grants port over {@code fir_seed_range_version} (per région, dated, with its source and who recorded
 * it) and {@code fir_seed_grant}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcSeedGrants implements SeedGrants {

    private final JdbcClient jdbc;

    JdbcSeedGrants(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public Optional<SeedGrantRange> rangeFor(RegionCode region, LocalDate on) {
        return jdbc.sql("""
                        select * from fir_seed_range_version where region_code = ? and effective_from <= ?
                        order by effective_from desc limit 1""")
                .params(region.value(), Date.valueOf(on))
                .query((row, number) -> range(row))
                .optional();
    }

    @Override
    public List<SeedGrantRange> rangesOn(LocalDate on) {
        return jdbc.sql("""
                        select distinct on (region_code) * from fir_seed_range_version where effective_from <= ?
                        order by region_code, effective_from desc""")
                .param(Date.valueOf(on))
                .query((row, number) -> range(row))
                .list();
    }

    @Override
    public List<RecordedRange> historyOf(RegionCode region) {
        return jdbc.sql("select * from fir_seed_range_version where region_code = ? order by effective_from desc")
                .param(region.value())
                .query((row, number) -> new RecordedRange(
                        range(row),
                        row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Override
    @Transactional
    public void recordRange(SeedGrantRange range, String recordedBy, Instant at) {
        try {
            jdbc.sql("""
                            insert into fir_seed_range_version (region_code, minimum, maximum, source, effective_from,
                                                                recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            range.region().value(),
                            range.minimum().amount(),
                            range.maximum().amount(),
                            range.source(),
                            Date.valueOf(range.effectiveFrom()),
                            recordedBy,
                            Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException already) {
            throw new DomainException("Date d'effet : une fourchette de cette région commence déjà ce jour-là.");
        }
    }

    private static SeedGrantRange range(ResultSet row) throws SQLException {
        return new SeedGrantRange(
                new RegionCode(row.getString("region_code")),
                new Money(row.getBigDecimal("minimum")),
                new Money(row.getBigDecimal("maximum")),
                row.getString("source"),
                row.getDate("effective_from").toLocalDate());
    }

    @Override
    public Optional<SeedGrant> of(DossierId letterOfIntent) {
        return jdbc.sql("select * from fir_seed_grant where dossier_id = ?")
                .param(letterOfIntent.value())
                .query((row, number) -> new SeedGrant(
                        letterOfIntent,
                        new Money(row.getBigDecimal("amount")),
                        row.getDate("decided_on").toLocalDate(),
                        new Actor(row.getString("decided_username"), row.getString("decided_name"), Role.ARS_OFFICER),
                        row.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    @Override
    @Transactional
    public void record(SeedGrant grant) {
        try {
            jdbc.sql("""
                            insert into fir_seed_grant (dossier_id, amount, decided_on, decided_username, decided_name,
                                                        recorded_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            grant.letterOfIntent().value(),
                            grant.amount().amount(),
                            Date.valueOf(grant.decidedOn()),
                            grant.decidedBy().username(),
                            grant.decidedBy().displayName(),
                            Timestamp.from(grant.recordedAt()))
                    .update();
        } catch (DuplicateKeyException already) {
            throw new DomainException(
                    "Une subvention FIR d'amorçage a déjà été décidée pour cette lettre d'intention.");
        }
    }
}
