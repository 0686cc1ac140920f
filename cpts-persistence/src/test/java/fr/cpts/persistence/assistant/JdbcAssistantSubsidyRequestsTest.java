package fr.cpts.persistence.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ClaimedDerogation;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.EligibilityVerdict;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.assistant.Practice;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class JdbcAssistantSubsidyRequestsTest {

    static final Actor PORTEUR = new Actor("porteur-test", "Dr Test", Role.PORTEUR);
    static final Actor CPAM = new Actor("cpam-test", "Agent CPAM Test", Role.CPAM_OFFICER);
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final EligibilityVerdict ELIGIBLE = new EligibilityVerdict("Assistant médical 2024", List.of());

    @Autowired
    AssistantSubsidyRequests requests;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CptsRecord cpts;

    @BeforeEach
    void createCpts() {
        cpts = records.create("CPTS Assistants " + System.nanoTime(), new RegionCode("53"), new DepartementCode("29"));
    }

    static AssistantSubsidyApplication application(String name, AssistantWorkingTime option) {
        return new AssistantSubsidyApplication(
                new Doctor(name, "10101234567", "PEDIATRIE", FeeSector.SECTOR_2, true),
                new Practice(2, true, false, true),
                new Activity(0, 45, true),
                option,
                LocalDate.of(2025, 10, 1));
    }

    @Test
    void storesADraftWithEverythingTheEngineNeedsAndReadsItBackTheSame() {
        AssistantSubsidyRequest draft = AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Anne Le Goff", AssistantWorkingTime.FULL), PORTEUR, NOW);

        AssistantSubsidyRequest saved = requests.save(draft);
        AssistantSubsidyRequest read = requests.byId(saved.id().orElseThrow()).orElseThrow();

        assertThat(read.cpts()).isEqualTo(cpts.id());
        assertThat(read.state()).isEqualTo(SubsidyRequestState.DRAFT);
        assertThat(read.application()).isEqualTo(application("Dr Anne Le Goff", AssistantWorkingTime.FULL));
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.inStateSince()).isEqualTo(NOW);
        assertThat(read.timeline()).isEmpty();
        assertThat(read.version()).isZero();
    }

    @Test
    void storesTheShareOfClinicalFeesAndTheClaimedDerogationsWhenDeclaredAndNothingWhenNot() {
        AssistantSubsidyApplication surgeon = new AssistantSubsidyApplication(
                new Doctor("Dr Paul Kerjean", "10101234568", "CHIRURGIE", FeeSector.SECTOR_1, false),
                new Practice(
                        3,
                        false,
                        false,
                        true,
                        Set.of(ClaimedDerogation.SHARED_ASSISTANT, ClaimedDerogation.NEW_INSTALLATION)),
                new Activity(0, 60, OptionalInt.of(85), true),
                AssistantWorkingTime.HALF,
                LocalDate.of(2025, 10, 1));
        AssistantSubsidyRequest saved = requests.save(AssistantSubsidyRequest.draft(cpts.id(), surgeon, PORTEUR, NOW));
        long undeclared = requests.save(AssistantSubsidyRequest.draft(
                        cpts.id(), application("Dr Anne Le Goff", AssistantWorkingTime.HALF), PORTEUR, NOW))
                .id()
                .orElseThrow()
                .value();

        assertThat(requests.byId(saved.id().orElseThrow()).orElseThrow().application())
                .isEqualTo(surgeon);
        assertThat(jdbc.queryForObject(
                        "select clinical_fees_share from assistant_subsidy_request where id = ?",
                        Integer.class,
                        undeclared))
                .isNull();
    }

    @Test
    void storesTheFilingAndTheRefusalWithWhoWhenAndWhyAndAppendsTheTimeline() {
        AssistantSubsidyRequest draft = requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Anne Le Goff", AssistantWorkingTime.HALF), PORTEUR, NOW));
        draft.file(PORTEUR, NOW.plusSeconds(60), ELIGIBLE);
        AssistantSubsidyRequest filed = requests.save(draft);
        filed.refuse(CPAM, NOW.plusSeconds(120), "Contrat de travail de l'assistant non fourni");
        AssistantSubsidyRequest refused = requests.save(filed);

        AssistantSubsidyRequest read = requests.byId(refused.id().orElseThrow()).orElseThrow();

        assertThat(read.state()).isEqualTo(SubsidyRequestState.REFUSED);
        assertThat(read.timeline())
                .containsExactly(
                        new Step<>(
                                SubsidyRequestMove.FILE,
                                SubsidyRequestState.DRAFT,
                                SubsidyRequestState.FILED,
                                PORTEUR,
                                NOW.plusSeconds(60),
                                null,
                                null),
                        new Step<>(
                                SubsidyRequestMove.REFUSE,
                                SubsidyRequestState.FILED,
                                SubsidyRequestState.REFUSED,
                                CPAM,
                                NOW.plusSeconds(120),
                                null,
                                "Contrat de travail de l'assistant non fourni"));
        assertThat(read.filedAt()).contains(NOW.plusSeconds(60));
        assertThat(read.inStateSince()).isEqualTo(NOW.plusSeconds(120));
        assertThat(read.version()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistant_subsidy_request_transition " + "where request_id = ?",
                        Integer.class,
                        read.id().orElseThrow().value()))
                .isEqualTo(2);
    }

    @Test
    void listsTheRequestsOfTheGivenCptsOnlyOldestFirst() {
        CptsRecord other =
                records.create("CPTS Autre " + System.nanoTime(), new RegionCode("53"), new DepartementCode("29"));
        requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Second", AssistantWorkingTime.HALF), PORTEUR, NOW.plusSeconds(10)));
        requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Premier", AssistantWorkingTime.HALF), PORTEUR, NOW));
        requests.save(AssistantSubsidyRequest.draft(
                other.id(), application("Dr Ailleurs", AssistantWorkingTime.HALF), PORTEUR, NOW));

        assertThat(requests.ofCpts(List.of(cpts.id())))
                .extracting(request -> request.application().doctor().fullName())
                .containsExactly("Dr Premier", "Dr Second");
        assertThat(requests.ofCpts(List.of(cpts.id(), other.id()))).hasSize(3);
        assertThat(requests.ofCpts(List.of())).isEmpty();
        assertThat(requests.byId(new AssistantSubsidyRequestId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void refusesToSaveARequestChangedFromAVersionSomeoneElseAlreadySaved() {
        AssistantSubsidyRequest created = requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Avant", AssistantWorkingTime.HALF), PORTEUR, NOW));
        AssistantSubsidyRequest mine = requests.byId(created.id().orElseThrow()).orElseThrow();
        AssistantSubsidyRequest theirs =
                requests.byId(created.id().orElseThrow()).orElseThrow();

        theirs.edit(application("Dr Leur version", AssistantWorkingTime.HALF), PORTEUR);
        requests.save(theirs);
        mine.edit(application("Dr Ma version", AssistantWorkingTime.FULL), PORTEUR);

        assertThatThrownBy(() -> requests.save(mine))
                .isInstanceOf(SubsidyRequestConflict.class)
                .hasMessageContaining("modifiée par une autre personne");
        assertThat(requests.byId(created.id().orElseThrow())
                        .orElseThrow()
                        .application()
                        .doctor()
                        .fullName())
                .isEqualTo("Dr Leur version");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void ofTwoDecisionsOnTheSameVersionInTwoTransactionsOnlyTheFirstCommits() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        // committed for real, in a CPTS of its own
        CptsRecord own = records.create(
                "CPTS Concurrence Assistants " + System.nanoTime(), new RegionCode("53"), new DepartementCode("29"));
        AssistantSubsidyRequest draft = AssistantSubsidyRequest.draft(
                own.id(), application("Dr Concurrence", AssistantWorkingTime.HALF), PORTEUR, NOW);
        draft.file(PORTEUR, NOW, ELIGIBLE);
        AssistantSubsidyRequest created = requests.save(draft);
        AssistantSubsidyRequest first =
                requests.byId(created.id().orElseThrow()).orElseThrow();
        AssistantSubsidyRequest second =
                requests.byId(created.id().orElseThrow()).orElseThrow();

        first.accept(CPAM, NOW.plusSeconds(1), ELIGIBLE);
        inTransaction.executeWithoutResult(status -> requests.save(first));
        second.refuse(CPAM, NOW.plusSeconds(2), "Refus concurrent");

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> requests.save(second)))
                .isInstanceOf(SubsidyRequestConflict.class);
        AssistantSubsidyRequest stored =
                requests.byId(created.id().orElseThrow()).orElseThrow();
        assertThat(stored.state()).isEqualTo(SubsidyRequestState.ACCEPTED);
        assertThat(stored.timeline())
                .extracting(Step::move)
                .containsExactly(SubsidyRequestMove.FILE, SubsidyRequestMove.ACCEPT);
    }

    @Test
    void theDatabaseItselfRefusesAnRppsThatIsNotElevenDigits() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into assistant_subsidy_request (cpts_id, state, doctor_name, rpps, specialty_code, sector, optam,
                    doctors_in_practice, in_under_served_zone, in_most_under_served_territory,
                    committed_to_coordinated_practice, medecin_traitant_adult_patients, activity_percentile,
                    structure_indicators_validated, working_time, hiring_date, created_at, in_state_since)
                values (?, 'DRAFT', 'Dr X', '1234', 'PEDIATRIE', 'SECTOR_1', false, 1, false, false, true, 0, 0, true,
                    'HALF', date '2025-10-01', now(), now())""", cpts.id().value()))
                .hasMessageContaining("assistant_subsidy_request_rpps_check");
    }

    @Test
    void theDatabaseItselfRefusesOptamOutsideSecteur2() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into assistant_subsidy_request (cpts_id, state, doctor_name, rpps, specialty_code, sector, optam,
                    doctors_in_practice, in_under_served_zone, in_most_under_served_territory,
                    committed_to_coordinated_practice, medecin_traitant_adult_patients, activity_percentile,
                    structure_indicators_validated, working_time, hiring_date, created_at, in_state_since)
                values (?, 'DRAFT', 'Dr X', '12345678901', 'PEDIATRIE', 'SECTOR_1', true, 1, false, false, true, 0, 0,
                    true, 'HALF', date '2025-10-01', now(), now())""", cpts.id().value()))
                .hasMessageContaining("assistant_subsidy_request_optam_sector");
    }

    @Test
    void storesTheDoctorsCommitmentAndThePatientListsDeclaredForAnAcceptedRequest() {
        AssistantSubsidyApplication committed = new AssistantSubsidyApplication(
                new Doctor("Dr Lena Morvan", "10101234569", "PEDIATRIE", FeeSector.SECTOR_1, false),
                new Practice(2, true, false, true),
                new Activity(0, 45, true),
                AssistantWorkingTime.HALF,
                LocalDate.of(2025, 10, 1),
                Optional.of(new PatientListCommitment(1_000, 20)));
        AssistantSubsidyRequest draft =
                requests.save(AssistantSubsidyRequest.draft(cpts.id(), committed, PORTEUR, NOW));
        draft.file(PORTEUR, NOW.plusSeconds(60), ELIGIBLE);
        AssistantSubsidyRequest filed = requests.save(draft);
        filed.accept(CPAM, NOW.plusSeconds(120), ELIGIBLE);
        AssistantSubsidyRequest accepted = requests.save(filed);

        accepted.declarePatientList(3, 1_150, PORTEUR, LocalDate.of(2027, 10, 2), 5);
        accepted.declarePatientList(1, 1_010, PORTEUR, LocalDate.of(2027, 10, 2), 5);
        AssistantSubsidyRequest read = requests.save(accepted);

        assertThat(read.application().commitment()).contains(new PatientListCommitment(1_000, 20));
        assertThat(read.declaredPatientLists()).containsExactly(Map.entry(1, 1_010L), Map.entry(3, 1_150L));
        assertThatThrownBy(() -> jdbc.update(
                        "update assistant_subsidy_request set commitment_increase_percent = 5 where id = ?",
                        read.id().orElseThrow().value()))
                .hasMessageContaining("est décidée : elle ne change plus");
    }

    @Test
    void theDatabaseItselfRefusesToChangeADecidedRequest() {
        AssistantSubsidyRequest draft = requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Paul Lafon", AssistantWorkingTime.HALF), PORTEUR, NOW));
        draft.file(PORTEUR, NOW.plusSeconds(60), ELIGIBLE);
        AssistantSubsidyRequest filed = requests.save(draft);
        filed.refuse(CPAM, NOW.plusSeconds(120), "Pièces manquantes");
        long id = requests.save(filed).id().orElseThrow().value();

        assertThatThrownBy(() -> jdbc.update(
                        "update assistant_subsidy_request set doctor_name = 'Dr Autre' " + "where id = ?", id))
                .hasMessageContaining("est décidée : elle ne change plus");
    }

    @Test
    void theDatabaseItselfRefusesToEraseARequestsTimeline() {
        AssistantSubsidyRequest draft = requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Lise Arnaud", AssistantWorkingTime.HALF), PORTEUR, NOW));
        draft.file(PORTEUR, NOW.plusSeconds(60), ELIGIBLE);
        long id = requests.save(draft).id().orElseThrow().value();

        assertThatThrownBy(
                        () -> jdbc.update("delete from assistant_subsidy_request_transition where request_id = ?", id))
                .hasMessageContaining("ni modifié ni effacé");
    }
}
