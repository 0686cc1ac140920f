package fr.cpts.web.contract;

import static fr.cpts.web.contract.ContractPagesTest.doesNotShow;
import static fr.cpts.web.contract.ContractPagesTest.pdfText;
import static fr.cpts.web.contract.ContractPagesTest.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The crisis mission's variable part is due only for a year in which the ARS declared a serious health crisis: the
 * ARS records it on the yearly review, citing its decision, and the statement then pays the crisis indicator.
 */
@CptsWebTest
class CrisisDeclarationTest {

    private static final String CRISIS_PLAN = "Plan de réponse aux crises activé";
    private static final String DECISION = "Arrêté du directeur général de l'ARS du 12/01/2025 : épidémie de grippe";

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Test
    void aCrisisTheArsRecordsMakesTheCrisisIndicatorPayAtTheReview() throws Exception {
        TestPorteurs.TestPorteur team = ContractTestTeams.withValidatedHealthProject(
                "CPTS Crise", records, territories, accounts, encoder, dossiers);
        CptsId cpts = team.cpts().id();
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));
        mvc.perform(ContractForms.terms(
                        post("/porteur/contrat/modifier"),
                        version(cpts),
                        "missions[3].indicators[0].name",
                        CRISIS_PLAN,
                        "missions[3].indicators[0].baseline",
                        "0",
                        "missions[3].indicators[0].target",
                        "1",
                        "missions[3].indicators[0].kind",
                        "BINARY",
                        "missions[3].indicators[0].amount",
                        "10 000")
                .with(csrf())
                .session(porteur));
        for (var signer : new Object[][] {
            {"/porteur/contrat", porteur},
            {"/ars/cpts/" + cpts.value() + "/contrat", ars},
            {"/cpam/cpts/" + cpts.value() + "/contrat", cpam}
        }) {
            mvc.perform(post(signer[0] + "/signature")
                    .param("confirmation", "oui")
                    .param("version", String.valueOf(version(cpts)))
                    .with(csrf())
                    .session((MockHttpSession) signer[1]));
        }
        mvc.perform(post("/porteur/contrat/revues/1/ouverture").with(csrf()).session(porteur));
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                .param("version", reviewVersion(cpts))
                .param("value-0", "170")
                .param("value-1", "3")
                .param("value-2", "41")
                .param("value-3", "1")
                .with(csrf())
                .session(porteur));
        mvc.perform(post("/porteur/contrat/revues/1/depot")
                .param("version", reviewVersion(cpts))
                .with(csrf())
                .session(porteur));

        // the ARS records the crisis, citing its decision; once, and never without it
        String review = "/ars/cpts/" + cpts.value() + "/revues/1";
        mvc.perform(post(review + "/crise")
                        .param("version", reviewVersion(cpts))
                        .param("decision", " ")
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("sans en donner le motif")));
        mvc.perform(post(review + "/crise")
                        .param("version", reviewVersion(cpts))
                        .param("decision", DECISION)
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("success", containsString("La crise sanitaire grave est enregistrée")));
        mvc.perform(post("/cpam/cpts/" + cpts.value() + "/revues/1/crise")
                        .param("decision", DECISION)
                        .with(csrf())
                        .session(cpam))
                .andExpect(status().isNotFound());

        String cpamReview = "/cpam/cpts/" + cpts.value() + "/revues/1";
        for (String indicator :
                new String[] {ContractForms.ALD, ContractForms.PATHWAYS, ContractForms.SCREENING, CRISIS_PLAN}) {
            mvc.perform(post(cpamReview + "/decisions")
                    .param("version", reviewVersion(cpts))
                    .param("indicator-0", indicator)
                    .param("decision-0", "ACCEPT")
                    .with(csrf())
                    .session(cpam));
        }
        mvc.perform(post(cpamReview + "/cloture")
                .param("version", reviewVersion(cpts))
                .param("confirmation", "oui")
                .with(csrf())
                .session(cpam));

        // variable part: ALD 170 → intermédiaire 4 000, pathways 3 000, screening 2 500, crisis plan 10 000
        assertThat(reviews.of(cpts, 1).orElseThrow().review().crisisDeclared()).isTrue();
        mvc.perform(get("/porteur/contrat/revues/1").session(porteur))
                .andExpect(shows(DECISION))
                .andExpect(shows("Déclaration d'une crise sanitaire grave par l'ARS"))
                .andExpect(doesNotShow("??"));
        mvc.perform(get("/porteur/contrat/revues/1/releve").session(porteur)).andExpect(shows("19 500,00 €"));
        assertThat(pdfText(reviews.statement(cpts, 1).orElseThrow().content())).contains("19 500,00 €", CRISIS_PLAN);
    }

    private long version(CptsId cpts) {
        return contracts.of(cpts).orElseThrow().version();
    }

    private String reviewVersion(CptsId cpts) {
        return String.valueOf(reviews.of(cpts, 1).orElseThrow().version());
    }
}
