package fr.cpts.persistence.territory;

import fr.cpts.domain.territory.SearchText;
import fr.cpts.persistence.territory.TerritoryReferenceData.CommuneRow;
import fr.cpts.persistence.territory.TerritoryReferenceData.DepartementRow;
import fr.cpts.persistence.territory.TerritoryReferenceData.EpciRow;
import fr.cpts.persistence.territory.TerritoryReferenceData.Member;
import fr.cpts.persistence.territory.TerritoryReferenceData.RegionRow;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one edition of the administrative reference data into the tables of {@code V2__territory_reference.sql},
 * in the caller's transaction (or in one of its own when the connection is in auto-commit).
 * <p>
 * Each table is filled by {@code COPY} into a temporary staging table, then upserted from it in one statement
 * ({@code insert ... on conflict (code) do update ... where} something differs): loading the same edition twice
 * rewrites no row, and a newer edition updates names, populations and postal codes in place. Rows that vanished
 * from the edition are never deleted, since CPTS territories may refer to them: their {@code retired_in} column
 * takes the edition's version, searches ignore them, and they come back to life if a later edition lists them
 * again. EPCI memberships, which nothing else refers to, are replaced by the edition's (for communes the platform
 * knows). The links between these tables are checked before the end (a broken one aborts the load). Nothing
 * outside these reference tables is touched.
 */
public class TerritoryReferenceLoader {

    private static final Logger log = LoggerFactory.getLogger(TerritoryReferenceLoader.class);

    /** What one load did. */
    public record LoadReport(
            ReferenceDataFiles.Edition edition,
            int regions,
            int departements,
            int communes,
            int communesInserted,
            int communesUpdated,
            int communesRetired,
            int epcis,
            int epciMembers,
            Duration duration) {}

    private record Upserted(int inserted, int updated) {}

    /** Reads the files and loads them. */
    public LoadReport load(Connection connection, ReferenceDataFiles files) throws SQLException, IOException {
        long start = System.nanoTime();
        return load(connection, TerritoryReferenceData.read(files), start);
    }

    private LoadReport load(Connection connection, TerritoryReferenceData data, long start)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            LoadReport report = loadInTransaction(connection, data, start);
            if (autoCommit) {
                connection.commit();
            }
            log.info(
                    "Référentiel territorial {} chargé en {} ms : {} communes ({} ajoutées, {} modifiées, {} retirées), "
                            + "{} départements, {} régions, {} EPCI ({} communes membres)",
                    report.edition(),
                    report.duration().toMillis(),
                    report.communes(),
                    report.communesInserted(),
                    report.communesUpdated(),
                    report.communesRetired(),
                    report.departements(),
                    report.regions(),
                    report.epcis(),
                    report.epciMembers());
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            if (autoCommit) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    private LoadReport loadInTransaction(Connection connection, TerritoryReferenceData data, long start)
            throws SQLException, IOException {
        String version = data.edition().version();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("region", "departement", "commune", "epci", "epci_commune")) {
                statement.execute("create temporary table if not exists load_" + table + " (like " + table
                        + " including defaults) on commit drop");
                statement.execute("truncate load_" + table);
            }
        }

        Csv regions = new Csv();
        for (RegionRow region : data.regions()) {
            regions.field(region.code()).field(region.nom()).endRow();
        }
        copy(copy, connection, "region", "code, name", regions);
        upsert(connection, "region", List.of("name"));
        retire(connection, "region", version);

        Csv departements = new Csv();
        for (DepartementRow departement : data.departements()) {
            departements
                    .field(departement.code())
                    .field(departement.nom())
                    .field(departement.region())
                    .endRow();
        }
        copy(copy, connection, "departement", "code, name, region_code", departements);
        upsert(connection, "departement", List.of("name", "region_code"));
        retire(connection, "departement", version);

        Csv communes = new Csv();
        for (CommuneRow commune : data.communes()) {
            communes.field(commune.code())
                    .field(commune.nom())
                    .field(SearchText.normalise(commune.nom()))
                    .field(commune.population())
                    .array(commune.postalCodes())
                    .field(commune.departement())
                    .field(commune.region())
                    .field(commune.divides())
                    .endRow();
        }
        copy(
                copy,
                connection,
                "commune",
                "code, name, search_name, population, postal_codes, departement_code, region_code, divides",
                communes);
        Upserted communesUpserted = upsert(
                connection,
                "commune",
                List.of(
                        "name",
                        "search_name",
                        "population",
                        "postal_codes",
                        "departement_code",
                        "region_code",
                        "divides"));
        int communesRetired = retire(connection, "commune", version);
        TerritoryReferenceLinks.markDivided(connection);

        Csv epcis = new Csv();
        Csv members = new Csv();
        for (EpciRow epci : data.epcis()) {
            epcis.field(epci.code())
                    .field(epci.nom())
                    .field(epci.type())
                    .field(epci.populationMunicipale())
                    .endRow();
            for (Member member : epci.members()) {
                members.field(epci.code()).field(member.code()).endRow();
            }
        }
        copy(copy, connection, "epci", "code, name, kind, population", epcis);
        upsert(connection, "epci", List.of("name", "kind", "population"));
        retire(connection, "epci", version);
        copy(copy, connection, "epci_commune", "epci_code, commune_code", members);
        int epciMembers = replaceMemberships(connection);
        TerritoryReferenceLinks.check(connection, data.edition());
        try (Statement statement = connection.createStatement()) {
            // fresh statistics, so that the first searches already use the prefix indexes
            statement.execute("analyze region, departement, commune, epci, epci_commune");
        }

        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into reference_data_version (package_name, package_version, communes, communes_inserted,
                                                    communes_updated, communes_retired, duration_ms)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, data.edition().packageName());
            insert.setString(2, version);
            insert.setInt(3, data.communes().size());
            insert.setInt(4, communesUpserted.inserted());
            insert.setInt(5, communesUpserted.updated());
            insert.setInt(6, communesRetired);
            insert.setLong(7, duration.toMillis());
            insert.executeUpdate();
        }
        return new LoadReport(
                data.edition(),
                data.regions().size(),
                data.departements().size(),
                data.communes().size(),
                communesUpserted.inserted(),
                communesUpserted.updated(),
                communesRetired,
                data.epcis().size(),
                epciMembers,
                duration);
    }

    private static void copy(CopyManager copy, Connection connection, String table, String columns, Csv rows)
            throws SQLException, IOException {
        copy.copyIn(
                "copy load_" + table + " (" + columns + ") from stdin with (format csv)",
                new StringReader(rows.toString()));
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze load_" + table);
        }
    }

    /** Inserts the new rows and updates those that differ; a row already as the edition has it is left alone. */
    private static Upserted upsert(Connection connection, String table, List<String> columns) throws SQLException {
        String all = "code, " + String.join(", ", columns);
        String sql = "with upserted as (insert into " + table + " (" + all + ", retired_in) "
                + "select " + all + ", null from load_" + table + " "
                + "on conflict (code) do update set "
                + columns.stream()
                        .map(column -> column + " = excluded." + column)
                        .collect(Collectors.joining(", "))
                + ", retired_in = null "
                + "where ("
                + columns.stream().map(column -> table + "." + column).collect(Collectors.joining(", "))
                + ", " + table + ".retired_in) is distinct from ("
                + columns.stream().map(column -> "excluded." + column).collect(Collectors.joining(", "))
                + ", excluded.retired_in) "
                + "returning (xmax = 0) as inserted) "
                + "select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted";
        try (Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery(sql)) {
            counts.next();
            return new Upserted(counts.getInt(1), counts.getInt(2));
        }
    }

    /** Marks the rows the edition no longer lists, without deleting them. */
    private static int retire(Connection connection, String table, String version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + table + " t set retired_in = ? "
                + "where t.retired_in is null and not exists (select 1 from load_" + table
                + " l where l.code = t.code)")) {
            update.setString(1, version);
            return update.executeUpdate();
        }
    }

    /** The EPCI memberships become the edition's (only for communes the platform knows). */
    private static int replaceMemberships(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    delete from epci_commune m where not exists (
                        select 1 from load_epci_commune l
                        where l.epci_code = m.epci_code and l.commune_code = m.commune_code)""");
            statement.executeUpdate("""
                    insert into epci_commune (epci_code, commune_code)
                    select l.epci_code, l.commune_code from load_epci_commune l
                    join commune c on c.code = l.commune_code
                    on conflict do nothing""");
            try (ResultSet count = statement.executeQuery("select count(*) from epci_commune")) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
