package fr.cpts.web.demo;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.web.CptsWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CptsWebTest
class DemoDataTest {

    @Autowired
    DemoData demoData;

    @Autowired
    CptsRecords cpts;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMigrationsBuiltTheSchemaBeforeTheDemoDataWasLoaded() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version is not null", Integer.class);
        assertThat(applied).isPositive();
        assertThat(cpts.all()).extracting(c -> c.stage().name())
                .contains("INITIATIVE", "LETTRE_INTENTION", "PROJET_SANTE", "CONTRAT_ACI", "REVUE_ANNUELLE");
    }

    @Test
    void loadingTheDemoDataAgainAddsNothing() {
        int cptsBefore = cpts.all().size();
        int accountsBefore = accounts.all().size();

        demoData.run(new DefaultApplicationArguments());

        assertThat(cpts.all()).hasSize(cptsBefore);
        assertThat(accounts.all()).hasSize(accountsBefore).hasSize(4);
    }

    @Test
    void demoPasswordsAreStoredHashedNeverInClear() {
        assertThat(accounts.all()).allSatisfy(account -> {
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
            assertThat(account.passwordHash()).doesNotContain("demo");
        });
    }
}
