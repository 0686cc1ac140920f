package fr.cpts.persistence.cpts;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPTS records port, stored in the {@code cpts} table. The stage is stored: the dossier adapter advances it with
 * each dossier saved, in the same transaction, so a read never goes to the dossiers. Lists come in French
 * alphabetical order, whatever the database's collation; a second CPTS of the same name is refused by the database
 * ({@code DataIntegrityViolationException}).
 */
@Repository
@Transactional(readOnly = true)
public class JdbcCptsRecords implements CptsRecords {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRANCE);
    private static final String COLUMNS = "select id, name, region_code, departement_code, stage from cpts ";
    /** A row of {@code cpts} as a record, for every list that reads CPTS with what they list. */
    public static final RowMapper<CptsRecord> RECORD = (row, n) -> new CptsRecord(
            new CptsId(row.getLong("id")),
            row.getString("name"),
            new RegionCode(row.getString("region_code")),
            new DepartementCode(row.getString("departement_code")),
            CptsStage.valueOf(row.getString("stage")));

    private final JdbcTemplate jdbc;

    JdbcCptsRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CptsRecord> byId(CptsId id) {
        return jdbc.query(COLUMNS + "where id = ?", RECORD, id.value()).stream().findFirst();
    }

    @Override
    public List<CptsRecord> byRegion(RegionCode region) {
        return inFrenchOrder(jdbc.query(COLUMNS + "where region_code = ?", RECORD, region.value()));
    }

    @Override
    public List<CptsRecord> byDepartements(Collection<DepartementCode> departements) {
        return inFrenchOrder(jdbc.query(COLUMNS + "where departement_code = any(?)", RECORD, (Object)
                departements.stream().map(DepartementCode::value).toArray(String[]::new)));
    }

    @Override
    public List<CptsRecord> all() {
        return inFrenchOrder(jdbc.query(COLUMNS, RECORD));
    }

    @Override
    @Transactional
    public CptsRecord create(String name, RegionCode region, DepartementCode departement, CptsStage stage) {
        return jdbc.queryForObject("""
                insert into cpts (name, region_code, departement_code, stage) values (?, ?, ?, ?)
                returning id, name, region_code, departement_code, stage""", RECORD, name, region.value(), departement.value(), stage.name());
    }

    @Override
    public Optional<CptsRecord> byName(String name) {
        return jdbc.query(COLUMNS + "where lower(name) = lower(?)", RECORD, name).stream()
                .findFirst();
    }

    private static List<CptsRecord> inFrenchOrder(List<CptsRecord> records) {
        return records.stream()
                .sorted(Comparator.comparing(CptsRecord::name, FRENCH))
                .toList();
    }
}
