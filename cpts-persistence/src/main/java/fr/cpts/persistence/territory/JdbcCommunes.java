package fr.cpts.persistence.territory;

import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.CommuneLookup;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.Epci;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.ReferenceDataVersion;
import fr.cpts.domain.territory.Region;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.SearchText;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communes port over the reference tables Flyway loads ({@link TerritoryReferenceMigration}); read-only, so
 * plain SQL. Communes an edition no longer lists ({@code retired_in} set) are never returned.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCommunes implements Communes {

    private static final String COMMUNE_COLUMNS =
            "c.code, c.name, c.population, c.postal_codes, c.departement_code, c.region_code, c.divides, c.divided";
    /** The most populated first, unknown populations last, then by name. */
    private static final String MOST_POPULATED_FIRST = "c.population desc nulls last, c.search_name, c.code";

    private static final String BY_POPULATION = " order by " + MOST_POPULATED_FIRST;

    private static final RowMapper<Commune> COMMUNE = JdbcCommunes::commune;
    private static final RowMapper<Epci> EPCI = (row, number) -> new Epci(
            row.getString("code"), row.getString("name"), row.getString("kind"), optionalInt(row, "population"));

    private final JdbcTemplate jdbc;

    JdbcCommunes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Commune> search(String text, int limit) {
        return searched(text, limit, "", List.of());
    }

    @Override
    public List<Commune> searchFrom(String departementCode, String text, int limit) {
        return searched(text, limit, "(c.departement_code = ?) desc, ", List.of(departementCode));
    }

    /** The communes the text names, ordered by {@code first} (with its arguments), then the most populated. */
    private List<Commune> searched(String text, int limit, String first, List<Object> firstArguments) {
        if (limit <= 0) {
            return List.of();
        }
        String where;
        String prefix;
        if (InseeCode.isPrefix(text)) {
            where = "c.code like ?";
            prefix = text.strip().toUpperCase(Locale.ROOT);
        } else {
            // only letters, digits and single spaces are left: no LIKE wildcard to escape
            where = "c.search_name like ?";
            prefix = SearchText.normalise(text);
            if (prefix.isEmpty()) {
                return List.of();
            }
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(prefix + "%");
        arguments.addAll(firstArguments);
        arguments.add(limit);
        return jdbc.query(
                "select " + COMMUNE_COLUMNS + " from commune c where c.retired_in is null and not c.divided and "
                        + where + " order by " + first + MOST_POPULATED_FIRST + " limit ?",
                COMMUNE,
                arguments.toArray());
    }

    @Override
    public Optional<Commune> byCode(InseeCode code) {
        return jdbc
                .query(
                        "select " + COMMUNE_COLUMNS + " from commune c where c.retired_in is null and c.code = ?",
                        COMMUNE,
                        code.value())
                .stream()
                .findFirst();
    }

    @Override
    public CommuneLookup byCodes(Collection<InseeCode> codes) {
        Set<InseeCode> asked = new LinkedHashSet<>(codes);
        if (asked.isEmpty()) {
            return new CommuneLookup(List.of(), Set.of());
        }
        List<Commune> found = jdbc.query(
                "select " + COMMUNE_COLUMNS + " from commune c "
                        + "where c.retired_in is null and c.code = any (?) order by c.code",
                COMMUNE,
                new SqlArrayValue(
                        "varchar", asked.stream().map(InseeCode::value).toArray()));
        Set<InseeCode> unknown = new LinkedHashSet<>(asked);
        found.forEach(commune -> unknown.remove(commune.code()));
        return new CommuneLookup(found, unknown);
    }

    @Override
    public Optional<Epci> epci(String code) {
        return jdbc
                .query(
                        "select code, name, kind, population from epci where retired_in is null and code = ?",
                        EPCI,
                        code)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Epci> epciOf(InseeCode commune) {
        return jdbc
                .query(
                        "select e.code, e.name, e.kind, e.population from epci e "
                                + "join epci_commune m on m.epci_code = e.code "
                                + "where e.retired_in is null and m.commune_code = ?",
                        EPCI,
                        commune.value())
                .stream()
                .findFirst();
    }

    @Override
    public List<Epci> searchEpci(String text, int limit) {
        String typed = SearchText.normalise(text);
        if (limit <= 0 || typed.isEmpty()) {
            return List.of();
        }
        if (typed.chars().allMatch(Character::isDigit)) {
            return jdbc.query(
                    "select code, name, kind, population from epci where retired_in is null "
                            + "and code like ? order by population desc nulls last, code limit ?",
                    EPCI,
                    typed + "%",
                    limit);
        }
        // 1,255 EPCI: their names are compared here, the way SearchText reads them, rather than in SQL
        List<String> words = List.of(typed.split(" "));
        return jdbc
                .query(
                        "select code, name, kind, population from epci where retired_in is null "
                                + "order by population desc nulls last, name, code",
                        EPCI)
                .stream()
                .filter(epci -> {
                    String name = SearchText.normalise(epci.name());
                    return words.stream().allMatch(name::contains);
                })
                .limit(limit)
                .toList();
    }

    @Override
    public List<Commune> membersOf(String epciCode) {
        return jdbc.query(
                "select " + COMMUNE_COLUMNS + " from commune c "
                        + "join epci_commune m on m.commune_code = coalesce(c.divides, c.code) "
                        + "where c.retired_in is null and not c.divided and m.epci_code = ?" + BY_POPULATION,
                COMMUNE,
                epciCode);
    }

    @Override
    public List<Commune> ofRegion(RegionCode region) {
        return jdbc.query(
                "select " + COMMUNE_COLUMNS + " from commune c "
                        + "where c.retired_in is null and not c.divided and c.region_code = ? order by c.code",
                COMMUNE,
                region.value());
    }

    @Override
    public long count() {
        Long count = jdbc.queryForObject(
                "select count(*) from commune where retired_in is null and divides is null", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Departement> departements() {
        return jdbc.query(
                "select code, name, region_code from departement where retired_in is null order by code",
                (row, number) ->
                        new Departement(row.getString("code"), row.getString("name"), row.getString("region_code")));
    }

    @Override
    public List<Region> regions() {
        return jdbc.query(
                "select code, name from region where retired_in is null order by code",
                (row, number) -> new Region(row.getString("code"), row.getString("name")));
    }

    @Override
    public Optional<ReferenceDataVersion> version() {
        return jdbc
                .query(
                        "select package_name, package_version, loaded_at from reference_data_version "
                                + "order by id desc limit 1",
                        (row, number) -> new ReferenceDataVersion(
                                row.getString("package_name"),
                                row.getString("package_version"),
                                row.getTimestamp("loaded_at").toInstant()))
                .stream()
                .findFirst();
    }

    private static Commune commune(ResultSet row, int number) throws SQLException {
        return new Commune(
                new InseeCode(row.getString("code")),
                row.getString("name"),
                optionalInt(row, "population"),
                postalCodes(row.getArray("postal_codes")),
                row.getString("departement_code"),
                row.getString("region_code"),
                Optional.ofNullable(row.getString("divides")).map(InseeCode::new),
                row.getBoolean("divided"));
    }

    private static List<String> postalCodes(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray())
                    .map(String::valueOf)
                    .collect(Collectors.toUnmodifiableList());
        } finally {
            array.free();
        }
    }

    private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
