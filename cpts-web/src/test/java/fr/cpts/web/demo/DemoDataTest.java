package fr.cpts.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.contract.ContractSignature;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.CptsWebTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    AuditTrail journal;

    @Test
    void theMigrationsBuiltTheSchemaBeforeTheDemoDataWasLoaded() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version is not null", Integer.class);
        assertThat(applied).isPositive();
        assertThat(cpts.all())
                .extracting(c -> c.stage().name())
                .contains("INITIATIVE", "LETTRE_INTENTION", "PROJET_SANTE", "CONTRAT_ACI", "REVUE_ANNUELLE");
    }

    @Test
    void loadingTheDemoDataAgainAddsNothing() {
        int cptsBefore = cpts.all().size();
        long accountsBefore =
                accounts.listed(PageRequest.of(1, PageRequest.MAX_SIZE)).total();

        demoData.run(new DefaultApplicationArguments());

        assertThat(cpts.all()).hasSize(cptsBefore);
        assertThat(accounts.listed(PageRequest.of(1, PageRequest.MAX_SIZE)).total())
                .isEqualTo(accountsBefore);
    }

    @Test
    void eachDemoCptsStandsAtTheStageItsDossiersAndReviewsLeadTo() {
        assertThat(cpts.byName("CPTS Pays Basque").orElseThrow().stage().name()).isEqualTo("INITIATIVE");
        assertThat(cpts.byName("CPTS Sud Gironde").orElseThrow().stage().name()).isEqualTo("LETTRE_INTENTION");
        assertThat(cpts.byName("CPTS Haute-Lande").orElseThrow().stage().name()).isEqualTo("PROJET_SANTE");
        assertThat(cpts.byName("CPTS du Bassin d'Arcachon")
                        .orElseThrow()
                        .stage()
                        .name())
                .as("its year 1 review is open: the CPTS stands at its last stage")
                .isEqualTo("REVUE_ANNUELLE");
        assertThat(cpts.byName("CPTS Grande-Terre Sud").orElseThrow().stage().name())
                .isEqualTo("REVUE_ANNUELLE");
        assertThat(accounts.byUsername("porteur-arcachon")).isPresent();
        assertThat(accounts.byUsername("porteur-hautelande")).isPresent();
        assertThat(accounts.byUsername("porteur-paysbasque")).isPresent();
    }

    @Test
    void demoPasswordsAreStoredHashedNeverInClear() {
        List<String> demoLogins = List.of(
                "porteur", "porteur-arcachon", "porteur-hautelande", "porteur-paysbasque", "ars", "cpam", "admin");
        assertThat(accounts.listed(PageRequest.of(1, PageRequest.MAX_SIZE)).rows())
                .filteredOn(account -> demoLogins.contains(account.username()))
                .hasSize(demoLogins.size())
                .allSatisfy(account -> {
                    assertThat(account.passwordHash()).startsWith("{bcrypt}");
                    assertThat(account.passwordHash()).doesNotContain("demo");
                });
    }

    @Test
    void theArcachonDemoContractIsSignedWithItsPdfAndItsFirstYearAwaitsTheCpam() {
        CptsId arcachon = cpts.byName("CPTS du Bassin d'Arcachon").orElseThrow().id();

        assertThat(contracts.of(arcachon).orElseThrow().contract().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contracts.documentFingerprints(arcachon)).containsOnlyKeys(1);
        assertThat(reviews.of(arcachon, 1).orElseThrow().review().state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(contracts.of(arcachon).orElseThrow().progress()).doesNotContainKey(Mission.PREVENTION);
    }

    @Test
    void theArcachonDemoJournalShowsTheThreeSignaturesAtTheirOwnDates() {
        CptsId arcachon = cpts.byName("CPTS du Bassin d'Arcachon").orElseThrow().id();
        SignedContract signed =
                contracts.of(arcachon).orElseThrow().contract().active().orElseThrow();

        List<AuditEntry> signatures = journal.ofCpts(arcachon).stream()
                .filter(entry -> entry.action().equals("Signature"))
                .toList();

        assertThat(signatures)
                .extracting(AuditEntry::actor)
                .containsExactlyInAnyOrder("porteur-arcachon", "ars", "cpam");
        assertThat(signatures)
                .extracting(AuditEntry::occurredAt)
                .containsExactlyInAnyOrderElementsOf(
                        signed.signatures().stream().map(ContractSignature::at).toList());
        assertThat(signatures)
                .filteredOn(entry -> entry.actor().equals("cpam"))
                .singleElement()
                .satisfies(third -> assertThat(third.changes())
                        .extracting(FieldChange::field)
                        .contains("sha256"));
    }

    @Test
    void eachDemoCptsHasTheJournalItsPeopleLeftEachEntryOnItsOwnPastDay() {
        CptsId arcachon = cpts.byName("CPTS du Bassin d'Arcachon").orElseThrow().id();
        CptsId hauteLande = cpts.byName("CPTS Haute-Lande").orElseThrow().id();
        CptsId sudGironde = cpts.byName("CPTS Sud Gironde").orElseThrow().id();
        Instant today = Instant.now();

        List<AuditEntry> story = journal.ofCpts(arcachon);

        assertThat(story)
                .extracting(entry -> entry.actor() + " " + entry.entityType() + " " + entry.action())
                .contains(
                        "porteur-arcachon TERRITOIRE Modification",
                        "porteur-arcachon FICHE_CPTS Création",
                        "porteur-arcachon LETTRE_INTENTION Dépôt",
                        "ars LETTRE_INTENTION Validation",
                        "porteur-arcachon PROJET_SANTE Dépôt",
                        "ars PROJET_SANTE Validation",
                        "porteur-arcachon CONTRAT_ACI Création",
                        "cpam CONTRAT_ACI Signature",
                        "porteur-arcachon CONTRAT_ACI Avancement de mission",
                        "porteur-arcachon REVUE_ANNUELLE Ouverture de la revue annuelle",
                        "porteur-arcachon REVUE_ANNUELLE Dépôt");
        assertThat(story)
                .extracting(AuditEntry::occurredAt)
                .allSatisfy(at -> assertThat(at).isBefore(today))
                .anySatisfy(at -> assertThat(at).isBefore(today.minus(Duration.ofDays(800))));
        assertThat(journal.ofCpts(hauteLande)).extracting(AuditEntry::action).contains("Décision FIR", "Validation");
        assertThat(journal.ofCpts(sudGironde))
                .extracting(AuditEntry::action)
                .contains("Dépôt", "Prise en charge", "Message", "Commentaire interne", "Demande d'avis");
    }
}
