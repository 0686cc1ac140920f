package fr.cpts.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.AccountFilter;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class JdbcAccountsTest {

    @Autowired
    Accounts accounts;

    @Autowired
    CptsRecords cpts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsEachRoleWithItsScope() {
        CptsRecord own = cpts.create(
                "CPTS Entre-Deux-Mers", new RegionCode("75"), new DepartementCode("33"), CptsStage.LETTRE_INTENTION);
        Account porteur =
                new Account("porteur@test", "Porteuse", "{noop}x", Role.PORTEUR, new AccessScope.OwnCpts(own.id()));
        Account ars = new Account(
                "ars@test", "Agent ARS", "{noop}x", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("75")));
        Account cpam = new Account(
                "cpam@test",
                "Agent CPAM",
                "{noop}x",
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(new DepartementCode("33"), new DepartementCode("2A"))));
        Account admin = new Account("admin@test", "Admin", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Platform());

        accounts.create(porteur);
        accounts.create(ars);
        accounts.create(cpam);
        accounts.create(admin);

        assertThat(accounts.byUsername("porteur@test")).contains(porteur);
        assertThat(accounts.byUsername("ARS@Test")).contains(ars);
        assertThat(accounts.byUsername("cpam@test")).contains(cpam);
        assertThat(accounts.byUsername("admin@test")).contains(admin);
        assertThat(accounts.listed(PageRequest.first()).rows())
                .extracting(Account::role)
                .containsExactly(Role.PORTEUR, Role.ARS_OFFICER, Role.CPAM_OFFICER, Role.ADMINISTRATOR);
        assertThat(accounts.listed(PageRequest.of(2, 3)).rows()).containsExactly(admin);
        assertThat(accounts.porteursOf(own.id())).containsExactly(porteur);
    }

    @Test
    void refusesALoginAlreadyTakenWhateverTheCase() {
        accounts.create(new Account("admin2@test", "Admin", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Platform()));

        assertThatThrownBy(() -> accounts.create(
                        new Account("ADMIN2@test", "Autre", "{noop}y", Role.ADMINISTRATOR, new AccessScope.Platform())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAPorteurBoundToARegion() {
        assertThatThrownBy(() -> jdbc.update("insert into account (username, display_name, password_hash, role, "
                        + "region_code) values ('orphan', 'Orphelin', 'x', 'PORTEUR', '75')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPorteurWithoutCptsIsReadAsSuchThenBoundToTheCptsTheyCreateOrJoinAndFreedAgain() {
        CptsRecord joined = cpts.create("CPTS Rejointe", new RegionCode("75"), new DepartementCode("33"));
        accounts.create(new Account("seule@test", "Seule", "{noop}x", Role.PORTEUR, new AccessScope.NoCpts()));
        assertThat(accounts.byUsername("seule@test").orElseThrow().scope()).isEqualTo(new AccessScope.NoCpts());

        accounts.attach("seule@test", Optional.of(joined.id()));
        assertThat(accounts.lockedTeam(joined.id()).porteurs())
                .extracting(Account::username)
                .containsExactly("seule@test");

        accounts.attach("seule@test", Optional.empty());
        assertThat(accounts.byUsername("seule@test").orElseThrow().scope()).isEqualTo(new AccessScope.NoCpts());
        assertThat(accounts.porteursOf(joined.id())).isEmpty();
    }

    @Test
    void theAdministratorFindsAccountsByWordsOfTheirNameOrAddressByRoleAndByPlace() {
        CptsRecord landes = cpts.create("CPTS des Landes recherchée", new RegionCode("75"), new DepartementCode("40"));
        accounts.create(new Account(
                "porteur-landes@test",
                "Jeanne Lafitte",
                "{noop}x",
                Role.PORTEUR,
                new AccessScope.OwnCpts(landes.id())));
        accounts.setEmail("porteur-landes@test", "jeanne.lafitte@exemple.fr");
        accounts.create(new Account(
                "cpam-40@test",
                "Caisse 40",
                "{noop}x",
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(new DepartementCode("40")))));
        accounts.create(new Account(
                "ars-idf@test",
                "Agent 100%_IDF",
                "{noop}x",
                Role.ARS_OFFICER,
                new AccessScope.Region(new RegionCode("11"))));

        assertThat(usernames(AccountFilter.typed("LAFITTE", "", "", ""))).containsExactly("porteur-landes@test");
        assertThat(usernames(AccountFilter.typed("jeanne.lafitte@", "", "", "")))
                .containsExactly("porteur-landes@test");
        assertThat(usernames(AccountFilter.typed("", "", "", "40")))
                .containsExactly("porteur-landes@test", "cpam-40@test");
        assertThat(usernames(AccountFilter.typed("", "CPAM_OFFICER", "75", ""))).contains("cpam-40@test");
        assertThat(usernames(AccountFilter.typed("", "ARS_OFFICER", "75", ""))).doesNotContain("ars-idf@test");
        assertThat(usernames(AccountFilter.typed("100%_", "", "", ""))).containsExactly("ars-idf@test");
        assertThat(usernames(AccountFilter.typed("%", "", "", ""))).containsExactly("ars-idf@test");
        assertThat(usernames(AccountFilter.typed("", "INCONNU", "xx", "<b>"))).contains("ars-idf@test", "cpam-40@test");
    }

    private List<String> usernames(AccountFilter filter) {
        return accounts.listed(filter, PageRequest.of(1, PageRequest.MAX_SIZE)).rows().stream()
                .map(Account::username)
                .filter(username -> username.endsWith("@test"))
                .toList();
    }

    @Test
    void readsTheDisplayNamesOfManyLoginsAtOnceWhateverTheirCaseAndSkipsTheUnknown() {
        accounts.create(new Account(
                "Nom.Affiche@test", "Dr Nom Affiché", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Platform()));
        accounts.create(new Account("autre@test", "Autre", "{noop}x", Role.ADMINISTRATOR, new AccessScope.Platform()));

        assertThat(accounts.displayNames(List.of("nom.affiche@test", "autre@test", "inconnu@test")))
                .containsOnly(Map.entry("nom.affiche@test", "Dr Nom Affiché"), Map.entry("autre@test", "Autre"));
    }
}
