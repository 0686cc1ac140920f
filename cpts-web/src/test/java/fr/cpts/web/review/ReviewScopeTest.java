package fr.cpts.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.TestPorteurs.TestPorteur;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A yearly review is seen only by its parties: the CPTS's porteur, the ARS officer of its région, the CPAM officer of
 * its département. Anything else answers 404, as if it did not exist, and changes nothing.
 */
@CptsWebTest
class ReviewScopeTest {

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
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    AuditTrail trail;

    CptsRecord guadeloupe;
    CptsRecord pyreneesAtlantiques;
    long guadeloupeEvidence;
    TestPorteur gironde;

    @BeforeEach
    void cptsOutOfTheDemoOfficersScopesWithFiledReviews() {
        String suffix = ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000;
        // région 01: out of the ARS officer's région and of the CPAM officer's départements
        guadeloupe =
                records.create("CPTS Revue Guadeloupe " + suffix, new RegionCode("01"), new DepartementCode("971"));
        // département 64: in the ARS officer's région, out of the CPAM officer's départements (33, 40)
        pyreneesAtlantiques =
                records.create("CPTS Revue Pyrénées " + suffix, new RegionCode("75"), new DepartementCode("64"));
        for (CptsRecord cpts : List.of(guadeloupe, pyreneesAtlantiques)) {
            SignedContract contract = ReviewFixtures.storeSignedContract(contracts, cpts.id());
            ReviewFixtures.storeClosedReview(reviews, contract, 1);
            long evidence = ReviewFixtures.storeSubmittedReviewWithEvidence(reviews, contract, 2, "hors-perimetre.pdf");
            if (cpts == guadeloupe) {
                guadeloupeEvidence = evidence;
            }
        }
        gironde = TestPorteurs.create("CPTS Revue voisine", records, territories, accounts, encoder);
    }

    @Test
    void anOfficerGetsNotFoundForEveryPageAndMoveOnAReviewOutOfTheirScope() throws Exception {
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        VersionedReview before = reviews.of(guadeloupe.id(), 2).orElseThrow();
        int journal = trail.ofCpts(guadeloupe.id()).size();

        for (CptsRecord out : List.of(guadeloupe, pyreneesAtlantiques)) {
            String cpamBase = "/cpam/cpts/" + out.id().value() + "/revues/";
            for (MockHttpServletRequestBuilder request : List.of(
                    get(cpamBase + "2"),
                    get(cpamBase + "1/releve"),
                    get(cpamBase + "1/releve.pdf"),
                    get(cpamBase + "2/justificatifs/" + guadeloupeEvidence),
                    post(cpamBase + "2/simulation").param("value-0", "10"),
                    post(cpamBase + "2/decisions")
                            .param("version", "1")
                            .param("indicator-0", ReviewFixtures.ALD)
                            .param("decision-0", "ACCEPT"),
                    post(cpamBase + "2/corrections").param("version", "1").param("reason-0", "Hors périmètre"),
                    post(cpamBase + "2/cloture").param("version", "1"))) {
                assertNotFound(request.session(cpam).with(csrf()), out);
            }
        }
        String arsBase = "/ars/cpts/" + guadeloupe.id().value() + "/revues/";
        for (MockHttpServletRequestBuilder request : List.of(
                get(arsBase + "2"),
                get(arsBase + "1/releve"),
                get(arsBase + "1/releve.pdf"),
                get(arsBase + "2/justificatifs/" + guadeloupeEvidence),
                post(arsBase + "2/simulation").param("value-0", "10"))) {
            assertNotFound(request.session(ars).with(csrf()), guadeloupe);
        }

        VersionedReview after = reviews.of(guadeloupe.id(), 2).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.review().state()).isEqualTo(before.review().state());
        assertThat(trail.ofCpts(guadeloupe.id())).hasSize(journal);
    }

    @Test
    void theArsOfficerOfTheRegionSeesAReviewTheCpamOfAnotherDepartementCannot() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        String page = mvc.perform(get("/ars/cpts/" + pyreneesAtlantiques.id().value() + "/revues/2")
                        .session(ars))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(pyreneesAtlantiques.name(), ReviewFixtures.SCREENING)
                // read-only: no decision, no declaration
                .doesNotContain("id=\"examen-0\"", "id=\"formulaire-declaration\"", "id=\"cloturer\"");
    }

    @Test
    void aPorteurSeesOnlyTheirOwnCptsReviewsAndEvidence() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, gironde.username(), gironde.password());
        // their CPTS has no contract: no review, and another CPTS's evidence is not found through their address
        for (MockHttpServletRequestBuilder request : List.of(
                get("/porteur/contrat/revues/2"),
                get("/porteur/contrat/revues/1/releve"),
                get("/porteur/contrat/revues/1/releve.pdf"),
                get("/porteur/contrat/revues/2/justificatifs/" + guadeloupeEvidence),
                post("/porteur/contrat/revues/2/simulation").param("value-0", "10"))) {
            assertNotFound(request.session(porteur).with(csrf()), guadeloupe);
        }
        // once their own contract and review exist, the other CPTS's evidence still is not theirs
        SignedContract own =
                ReviewFixtures.storeSignedContract(contracts, gironde.cpts().id());
        ReviewFixtures.storeSubmittedReview(reviews, own, 2);
        assertNotFound(
                get("/porteur/contrat/revues/2/justificatifs/" + guadeloupeEvidence)
                        .session(porteur),
                guadeloupe);
        String list = mvc.perform(get("/porteur/contrat/revues").session(porteur))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(gironde.cpts().name()).doesNotContain(guadeloupe.name());
    }

    private void assertNotFound(MockHttpServletRequestBuilder request, CptsRecord out) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI())
                .isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(out.name());
    }
}
