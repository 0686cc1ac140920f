package fr.cpts.web.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.ListedCpts;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.worklist.WorkQueue;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.QueueView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The porteur's « À faire » list and the officers' « Mon travail » panel, read from the live objects. */
@CptsWebTest
class WorklistPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Worklist worklist;

    @Autowired
    Accounts accounts;

    @Autowired
    CptsRecords records;

    @Autowired
    CptsList cptsList;

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierInstruction instruction;

    @Autowired
    Clock clock;

    @Autowired
    FrenchFormats formats;

    @Test
    void theArcachonHomeListsItsRealNextStepsFifteenMonthsAfterTheSignature() throws Exception {
        CptsRecord arcachon = records.byName("CPTS du Bassin d'Arcachon").orElseThrow();
        LocalDate signed = contracts.of(arcachon.id()).orElseThrow().contract().signatureDate();
        long year = ChronoUnit.YEARS.between(signed, FrenchFormats.today(clock)) + 1;

        String home = page("/porteur", SignIn.as(mvc, "porteur-arcachon", "porteur-arcachon-demo"));

        assertThat(year).isEqualTo(2);
        assertThat(home)
                .contains(
                        "Revue annuelle",
                        "Année 2 sur 5 du contrat",
                        "Ouvrir la revue annuelle de l&#39;année 2 du contrat, commencée le "
                                + formats.day(signed.plusYears(1)),
                        "href=\"/porteur/contrat/revues\"",
                        "Revue de l&#39;année 1 déposée : en cours d&#39;examen par la CPAM.")
                .doesNotContain("préparer le contrat ACI", "Étape 4 sur 5");
        assertThat(home.indexOf("Ouvrir la revue annuelle")).isLessThan(home.indexOf("Revue de l&#39;année 1 déposée"));
    }

    @Test
    void anArsMessageIsToAnswerUntilThePorteurAnswersItThenTheArsSeesTheAnswerReceived() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        CptsRecord sudGironde = records.byName("CPTS Sud Gironde").orElseThrow();
        long letter = dossiers.of(sudGironde.id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow()
                .id()
                .orElseThrow()
                .value();

        mvc.perform(post("/ars/dossiers/" + letter + "/messages")
                .param("text", "Merci de joindre la liste des membres.")
                .with(csrf())
                .session(ars));
        assertThat(page("/porteur", porteur))
                .contains("Répondre au message de l&#39;ARS sur la lettre d&#39;intention.");
        assertThat(page("/ars/dossiers?vue=reponses", ars)).doesNotContain("CPTS Sud Gironde");

        mvc.perform(post("/porteur/dossiers/lettre-intention/messages")
                .param("text", "La liste est jointe au dossier.")
                .with(csrf())
                .session(porteur));
        assertThat(page("/porteur", porteur)).doesNotContain("Répondre au message de l&#39;ARS");
        assertThat(page("/ars/dossiers?vue=reponses", ars)).contains("CPTS Sud Gironde");
        assertThat(page("/ars", ars))
                .contains("id=\"travail-ANSWERS_RECEIVED\"", "href=\"/ars/dossiers?vue=reponses\"");
    }

    @Test
    void eachArsTileCountsWhatItsListHolds() throws Exception {
        Account officer = accounts.byUsername("ars").orElseThrow();
        Map<WorkQueue, Long> counts = counts(officer);

        assertThat(counts.get(WorkQueue.DOSSIERS_TO_INSTRUCT))
                .isPositive()
                .isEqualTo(instruction
                        .arsQueue(officer, QueueView.TO_DECIDE, null, null, null, null, PageRequest.first())
                        .total());
        assertThat(counts.get(WorkQueue.ANSWERS_RECEIVED))
                .isEqualTo(instruction
                        .arsQueue(officer, QueueView.ANSWERS, null, null, null, null, PageRequest.first())
                        .total());
        assertThat(page("/ars", SignIn.as(mvc, "ars", "ars-demo")))
                .contains("Mon travail", "Dossiers à instruire", "href=\"/ars/dossiers?vue=a-traiter\"");
    }

    @Test
    void theCpamReviewTileCountsTheFiledReviewsOfItsDepartementsOneCptsAtATime() throws Exception {
        Account officer = accounts.byUsername("cpam").orElseThrow();
        List<CptsId> inScope =
                cptsList
                        .listed(officer.scope(), CptsFilter.NONE, PageRequest.of(1, PageRequest.MAX_SIZE))
                        .rows()
                        .stream()
                        .map(ListedCpts::cpts)
                        .map(CptsRecord::id)
                        .toList();
        long filed = inScope.stream()
                .flatMap(cpts -> reviews.ofCpts(List.of(cpts)).stream())
                .filter(stored -> stored.review().state() == ReviewState.SUBMITTED)
                .count();

        assertThat(counts(officer).get(WorkQueue.REVIEWS_TO_EXAMINE)).isEqualTo(filed);
        assertThat(page("/cpam", SignIn.as(mvc, "cpam", "cpam-demo")))
                .contains("Revues annuelles à examiner", "href=\"/cpam/revues\"", "href=\"/cpam/paiements?vue=mois\"");
    }

    private Map<WorkQueue, Long> counts(Account officer) {
        return worklist.officer(officer).stream().collect(Collectors.toMap(WorkTile::queue, WorkTile::count));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
