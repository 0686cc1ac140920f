package fr.cpts.persistence.assistant;

import static fr.cpts.persistence.assistant.JdbcAssistantSubsidyRequestsTest.CPAM;
import static fr.cpts.persistence.assistant.JdbcAssistantSubsidyRequestsTest.ELIGIBLE;
import static fr.cpts.persistence.assistant.JdbcAssistantSubsidyRequestsTest.PORTEUR;
import static fr.cpts.persistence.assistant.JdbcAssistantSubsidyRequestsTest.application;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ListedSubsidyRequest;
import fr.cpts.domain.assistant.SubsidyRequestQueue;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officers' list of subsidy requests on a real PostgreSQL: the scope filters in SQL, drafts stay out, those
 * awaiting the CPAM come first and oldest filed first, then the decided ones most recent first, paged with the total.
 */
@PersistenceTest
class JdbcSubsidyRequestQueueTest {

    /** A département no other test uses: Lozère, in Occitanie. */
    private static final DepartementCode LOZERE = new DepartementCode("48");

    private static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    SubsidyRequestQueue queue;

    @Autowired
    AssistantSubsidyRequests requests;

    @Autowired
    CptsRecords records;

    private CptsRecord cpts;

    @BeforeEach
    void requestsInLozere() {
        cpts = records.create("CPTS Lozère " + System.nanoTime(), new RegionCode("76"), LOZERE);
        requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application("Dr Brouillon", AssistantWorkingTime.HALF), PORTEUR, MARCH));
        filed("Dr Récent", MARCH.plusSeconds(7_200), null);
        filed("Dr Ancien", MARCH.plusSeconds(3_600), null);
        filed("Dr Accepté tôt", MARCH.plusSeconds(60), MARCH.plusSeconds(10_000));
        filed("Dr Accepté tard", MARCH.plusSeconds(120), MARCH.plusSeconds(20_000));
    }

    @Test
    void aCpamOfficerSeesTheFiledRequestsAwaitingFirstOldestFirstThenTheDecidedMostRecentFirst() {
        Page<ListedSubsidyRequest> page =
                queue.filed(new AccessScope.Departements(Set.of(LOZERE)), PageRequest.first());

        assertThat(page.rows())
                .extracting(ListedSubsidyRequest::doctorName)
                .containsExactly("Dr Ancien", "Dr Récent", "Dr Accepté tard", "Dr Accepté tôt");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.rows().get(0).filedAt()).contains(MARCH.plusSeconds(3_600));
        assertThat(page.rows().get(2).state()).isEqualTo(SubsidyRequestState.ACCEPTED);
        assertThat(page.rows().get(2).since()).isEqualTo(MARCH.plusSeconds(20_000));
        assertThat(page.rows().get(2).cptsName()).isEqualTo(cpts.name());
    }

    @Test
    void pagesInPostgresqlWithTheTotalOfTheWholeList() {
        Page<ListedSubsidyRequest> second =
                queue.filed(new AccessScope.Departements(Set.of(LOZERE)), PageRequest.of(2, 3));

        assertThat(second.rows()).extracting(ListedSubsidyRequest::doctorName).containsExactly("Dr Accepté tôt");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.pages()).isEqualTo(2);
    }

    @Test
    void anotherScopeSeesNone() {
        assertThat(queue.filed(new AccessScope.Departements(Set.of(new DepartementCode("2A"))), PageRequest.first())
                        .rows())
                .extracting(ListedSubsidyRequest::cpts)
                .doesNotContain(cpts.id());
        assertThat(queue.filed(new AccessScope.Platform(), PageRequest.first()).rows())
                .isEmpty();
    }

    @Test
    void aCptsReadsAllItsRequestsDraftsIncludedTheMostRecentlyCreatedFirst() {
        Page<ListedSubsidyRequest> own = queue.ofCpts(cpts.id(), PageRequest.first());

        assertThat(own.total()).isEqualTo(5);
        assertThat(own.rows().get(0).doctorName()).isEqualTo("Dr Accepté tard");
        assertThat(own.rows().get(4).doctorName()).isEqualTo("Dr Brouillon");
        assertThat(own.rows().get(4).filedAt()).isEmpty();
        assertThat(own.rows().get(4).hiringDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    private void filed(String doctor, Instant at, Instant acceptedAt) {
        AssistantSubsidyRequest request = requests.save(AssistantSubsidyRequest.draft(
                cpts.id(), application(doctor, AssistantWorkingTime.FULL), PORTEUR, MARCH));
        request.file(PORTEUR, at, ELIGIBLE);
        AssistantSubsidyRequest saved = requests.save(request);
        if (acceptedAt != null) {
            saved.accept(CPAM, acceptedAt, ELIGIBLE);
            requests.save(saved);
        }
    }
}
