package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.territory.InseeCode;
import fr.cpts.persistence.territory.TerritoryReferenceLoader.LoadReport;
import fr.cpts.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loading the reference data again, each test on a database of its own (these tests commit): the same edition
 * changes nothing, a newer one updates the reference tables in place and leaves the CPTS alone.
 */
class TerritoryReferenceReloadTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String MIGRATION = "territory reference data";

    @TempDir
    Path newerEdition;

    @Test
    void loadingTheSameEditionTwiceRewritesNoRow() throws Exception {
        DataSource database = migratedDatabase(new TerritoryReferenceMigration());
        JdbcTemplate jdbc = new JdbcTemplate(database);
        String before = snapshot(jdbc);

        LoadReport again;
        try (Connection connection = database.getConnection()) {
            again = new TerritoryReferenceLoader().load(connection, ReferenceDataFiles.onClasspath());
        }

        assertThat(again.communes())
                .as("the communes and the 45 municipal arrondissements")
                .isEqualTo(35_014);
        assertThat(again.communesInserted()).isZero();
        assertThat(again.communesUpdated()).isZero();
        assertThat(again.communesRetired()).isZero();
        assertThat(snapshot(jdbc)).as("same rows, same row versions (xmin)").isEqualTo(before);
    }

    @Test
    void flywayLoadsTheSameEditionOnlyOnce() {
        DataSource database = migratedDatabase(new TerritoryReferenceMigration());

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new TerritoryReferenceMigration())
                .load()
                .migrate();

        assertThat(runsOfTheReferenceMigration(new JdbcTemplate(database))).isEqualTo(1);
    }

    @Test
    void aNewerEditionUpdatesPopulationsAndNamesRetiresVanishedCommunesAndLeavesTheCptsAlone() throws Exception {
        DataSource database = migratedDatabase(new TerritoryReferenceMigration());
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into cpts (name, region_code, departement_code, stage) "
                + "values ('CPTS Bordeaux Rive Droite', '75', '33', 'PROJET_SANTE')");
        Map<String, Object> cptsBefore = jdbc.queryForMap("select * from cpts");
        writeNewerEdition();

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new TerritoryReferenceMigration(ReferenceDataFiles.inDirectory(newerEdition)))
                .load()
                .migrate();

        JdbcCommunes communes = new JdbcCommunes(jdbc);
        assertThat(runsOfTheReferenceMigration(jdbc))
                .as("the new version's checksum made Flyway run it again")
                .isEqualTo(2);
        assertThat(communes.byCode(new InseeCode("33063")).orElseThrow().population())
                .hasValue(270_000);
        assertThat(communes.search("bordeaux", 1))
                .extracting(commune -> commune.name())
                .containsExactly("Bordeaux (Gironde)");
        assertThat(communes.byCode(new InseeCode("2A004")).orElseThrow().population())
                .as("unchanged")
                .hasValue(76_320);
        assertThat(communes.count()).isEqualTo(34_968);
        assertThat(communes.byCodes(List.of(new InseeCode("55050"))).unknown())
                .as("a vanished commune is no longer current")
                .containsExactly(new InseeCode("55050"));
        assertThat(jdbc.queryForObject("select retired_in from commune where code = '55050'", String.class))
                .as("but kept, since CPTS territories may refer to it")
                .isEqualTo("6.0.1-test");
        assertThat(jdbc.queryForMap("select * from cpts")).isEqualTo(cptsBefore);
        assertThat(communes.version())
                .hasValueSatisfying(version -> assertThat(version.version()).isEqualTo("6.0.1-test"));
        assertThat(jdbc.queryForMap("select communes_inserted, communes_updated, communes_retired "
                        + "from reference_data_version order by id desc limit 1"))
                .containsEntry("communes_inserted", 0)
                .containsEntry("communes_updated", 1)
                .containsEntry("communes_retired", 1);
    }

    @Test
    void anEditionWithABrokenLinkIsRefusedAndChangesNothing() throws Exception {
        DataSource database = migratedDatabase(new TerritoryReferenceMigration());
        JdbcTemplate jdbc = new JdbcTemplate(database);
        String before = snapshot(jdbc);
        writeNewerEdition();
        ArrayNode communes =
                (ArrayNode) JSON.readTree(newerEdition.resolve("communes.json").toFile());
        for (JsonNode commune : communes) {
            if (commune.path("code").asString().equals("2A004")) {
                ((ObjectNode) commune).put("departement", "20");
            }
        }
        JSON.writeValue(newerEdition.resolve("communes.json").toFile(), communes);

        try (Connection connection = database.getConnection()) {
            assertThatThrownBy(() -> new TerritoryReferenceLoader()
                            .load(connection, ReferenceDataFiles.inDirectory(newerEdition)))
                    .hasMessageContaining("commune 2A004 : département 20 inconnu");
        }

        assertThat(snapshot(jdbc)).isEqualTo(before);
        assertThat(new JdbcCommunes(jdbc).version())
                .hasValueSatisfying(version -> assertThat(version.version()).isEqualTo("6.0.0"));
    }

    @Test
    void theChecksumFollowsThePackageVersionOnly() {
        ReferenceDataFiles.Edition edition = new ReferenceDataFiles.Edition("@etalab/decoupage-administratif", "6.0.0");

        assertThat(TerritoryReferenceMigration.checksum(edition, 1))
                .isEqualTo(TerritoryReferenceMigration.checksum(
                        new ReferenceDataFiles.Edition("@etalab/decoupage-administratif", "6.0.0"), 1))
                .isNotEqualTo(TerritoryReferenceMigration.checksum(
                        new ReferenceDataFiles.Edition("@etalab/decoupage-administratif", "6.1.0"), 1))
                .isNotEqualTo(TerritoryReferenceMigration.checksum(edition, 2));
        assertThat(new TerritoryReferenceMigration().getChecksum())
                .isEqualTo(TerritoryReferenceMigration.checksum(edition, TerritoryReferenceMigration.LOADER_REVISION));
        assertThat(new TerritoryReferenceMigration().getVersion())
                .as("repeatable")
                .isNull();
    }

    /** Bordeaux grows and gets a new name, Bezonvaux vanishes, the package becomes 6.0.1-test. */
    private void writeNewerEdition() throws IOException {
        for (String file : List.of("departements.json", "regions.json", "epci.json")) {
            try (InputStream stream = ReferenceDataFiles.onClasspath().open(file)) {
                Files.copy(stream, newerEdition.resolve(file));
            }
        }
        ObjectNode packageJson = (ObjectNode) read("package.json");
        packageJson.put("version", "6.0.1-test");
        JSON.writeValue(newerEdition.resolve("package.json").toFile(), packageJson);

        ArrayNode communes = (ArrayNode) read("communes.json");
        ArrayNode newer = JSON.createArrayNode();
        for (JsonNode commune : communes) {
            String code = commune.path("code").asString();
            boolean current = "commune-actuelle".equals(commune.path("type").asString());
            if (current && code.equals("55050")) {
                continue;
            }
            if (current && code.equals("33063")) {
                ((ObjectNode) commune).put("population", 270_000).put("nom", "Bordeaux (Gironde)");
            }
            newer.add(commune);
        }
        JSON.writeValue(newerEdition.resolve("communes.json").toFile(), newer);
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream stream = ReferenceDataFiles.onClasspath().open(file)) {
            return JSON.readTree(stream);
        }
    }

    private static DataSource migratedDatabase(TerritoryReferenceMigration migration) {
        TestDatabase.Connection connection = TestDatabase.freshDatabase();
        DataSource database = new DriverManagerDataSource(connection.url(), connection.user(), connection.password());
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(migration)
                .load()
                .migrate();
        return database;
    }

    private static int runsOfTheReferenceMigration(JdbcTemplate jdbc) {
        Integer runs = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where description = ? " + "and version is null and success",
                Integer.class,
                MIGRATION);
        return runs == null ? 0 : runs;
    }

    /** Every reference row with its row version: unchanged only if nothing was rewritten. */
    private static String snapshot(JdbcTemplate jdbc) {
        StringBuilder snapshot = new StringBuilder();
        for (String table : List.of("region", "departement", "commune", "epci")) {
            snapshot.append(jdbc.queryForObject(
                    "select md5(string_agg(t.xmin::text || ':' || t::text, ',' " + "order by t.code)) from " + table
                            + " t",
                    String.class));
        }
        snapshot.append(jdbc.queryForObject(
                "select md5(string_agg(m.xmin::text || ':' || m::text, ',' "
                        + "order by m.epci_code, m.commune_code)) from epci_commune m",
                String.class));
        return snapshot.toString();
    }
}
