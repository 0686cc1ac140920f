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
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The FIR seed grants port over {@code fir_seed_range} (per région, with its source) and {@code fir_seed_grant}. */
@Repository
@Transactional(readOnly = true)
class JdbcSeedGrants implements SeedGrants {

    private final JdbcClient jdbc;

    JdbcSeedGrants(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public Optional<SeedGrantRange> rangeFor(RegionCode region) {
        return jdbc.sql("select minimum, maximum, source from fir_seed_range where region_code = ?")
                .param(region.value())
                .query((row, number) -> new SeedGrantRange(
                        region,
                        new Money(row.getBigDecimal("minimum")),
                        new Money(row.getBigDecimal("maximum")),
                        row.getString("source")))
                .optional();
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
