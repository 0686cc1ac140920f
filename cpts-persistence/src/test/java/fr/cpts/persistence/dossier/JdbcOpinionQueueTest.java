package fr.cpts.persistence.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AskedOpinion;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionQueue;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The opinions asked of a body, on a real PostgreSQL: by body and scope in SQL, the unanswered first and oldest
 * first, paged with the total, and counted.
 */
@PersistenceTest
class JdbcOpinionQueueTest {

    /** A département no other test uses: Ardennes, in Grand Est. */
    private static final DepartementCode ARDENNES = new DepartementCode("08");

    private static final Actor ARS = new Actor("ars-ge", "ARS Grand Est", Role.ARS_OFFICER);
    private static final Actor CPAM = new Actor("cpam-08", "CPAM des Ardennes", Role.CPAM_OFFICER);
    private static final Instant APRIL = Instant.parse("2026-04-01T09:00:00Z");

    @Autowired
    OpinionQueue queue;

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    Dossiers dossiers;

    @Autowired
    CptsRecords records;

    private long answered;
    private long recent;
    private long old;

    @BeforeEach
    void opinionsInTheArdennes() {
        CptsRecord cpts = records.create("CPTS Ardennes " + System.nanoTime(), new RegionCode("44"), ARDENNES);
        DossierId dossier = dossiers.save(Dossier.startLetterOfIntent(cpts.id(), APRIL))
                .id()
                .orElseThrow();
        OpinionRequest first = exchanges.saveOpinion(OpinionRequest.ask(dossier, OpinionBody.CPAM, "Q1", ARS, APRIL));
        first.answer("Favorable", CPAM, APRIL.plusSeconds(600));
        answered = exchanges.saveOpinion(first).id().orElseThrow();
        recent = exchanges
                .saveOpinion(OpinionRequest.ask(dossier, OpinionBody.CPAM, "Q3", ARS, APRIL.plusSeconds(120)))
                .id()
                .orElseThrow();
        old = exchanges
                .saveOpinion(OpinionRequest.ask(dossier, OpinionBody.CPAM, "Q2", ARS, APRIL.plusSeconds(60)))
                .id()
                .orElseThrow();
        exchanges.saveOpinion(OpinionRequest.ask(dossier, OpinionBody.URPS, "Q4", ARS, APRIL));
    }

    @Test
    void listsTheOpinionsAskedOfTheBodyUnansweredFirstOldestFirst() {
        var page = queue.askedOf(OpinionBody.CPAM, new AccessScope.Departements(Set.of(ARDENNES)), PageRequest.first());

        assertThat(page.rows()).extracting(AskedOpinion::id).containsExactly(old, recent, answered);
        assertThat(page.rows()).extracting(AskedOpinion::answered).containsExactly(false, false, true);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void anotherScopeSeesNoneOfThem() {
        assertThat(queue.askedOf(
                                OpinionBody.CPAM,
                                new AccessScope.Departements(Set.of(new DepartementCode("2A"))),
                                PageRequest.first())
                        .rows())
                .extracting(AskedOpinion::id)
                .doesNotContain(old, recent, answered);
    }
}
