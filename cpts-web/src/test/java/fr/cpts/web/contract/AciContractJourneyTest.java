package fr.cpts.web.contract;

import static fr.cpts.web.contract.ContractPagesTest.pdfText;
import static fr.cpts.web.contract.ContractPagesTest.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The second half of a CPTS's life through the pages, end to end: the contract is drafted, signed by the CPTS, the
 * ARS and the CPAM, its schedule generated; year 1 is declared, reviewed by the CPAM with one adjustment and closed;
 * the payment statement's figures are those computed by hand below.
 */
@CptsWebTest
class AciContractJourneyTest {

    /*
     * Hand computation. Signed 01/07/2024; the territory (one Gironde commune) is under 40 000 inhabitants: bracket
     * T1 of avenant 2, functioning 87 500 € paid in full at signature in year 1. Year 1 runs 01/07/2024 to
     * 01/07/2025: 365 days.
     *   Fixed part due: functioning 87 500 + accès 40 000 + parcours (starts 01/01/2025, 181 days left of 365:
     *   20 000 × 181 / 365 = 9 917.808… → 9 917,81) + prévention 10 000 + crises 5 000 = 152 417,81.
     *   Variable part: ALD patients declared 170, adjusted by the CPAM to 190 → only the « socle » tier (≤ 250):
     *   2 000; pathways 3 ≥ 3 → 3 000; screening 41 ≥ 40 → 2 500. Total 7 500.
     *   Total due: 152 417,81 + 7 500 = 159 917,81.
     *   Paid before the review: functioning 87 500 + 75 % of accès 30 000 + 75 % of 9 917,81 = 7 438,36 + 75 % of
     *   prévention 7 500 + 75 % of crises 3 750 = 136 188,36.
     *   Balance due on 01/07/2025: 159 917,81 − 136 188,36 = 23 729,45.
     */
    private static final BigDecimal PARCOURS_DUE = new BigDecimal("20000")
            .multiply(new BigDecimal("181"))
            .divide(new BigDecimal("365"), 2, RoundingMode.HALF_UP);
    private static final String FIXED_DUE = "152 417,81 €";
    private static final String VARIABLE = "7 500,00 €";
    private static final String TOTAL_DUE = "159 917,81 €";
    private static final String ADVANCES = "136 188,36 €";
    private static final String BALANCE = "23 729,45 €";
    private static final String ADJUSTMENT = "Extraction SNDS du 30/06/2025 : 190 patients ALD sans médecin traitant";

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

    @Autowired
    AuditTrail trail;

    @Test
    void aContractSignedByTheThreePartiesAndAYearReviewedWithOneAdjustmentGiveTheHandComputedStatement()
            throws Exception {
        assertThat(PARCOURS_DUE).isEqualByComparingTo("9917.81");
        TestPorteurs.TestPorteur team = ContractTestTeams.withValidatedHealthProject(
                "CPTS Parcours ACI", records, territories, accounts, encoder, dossiers);
        CptsId cpts = team.cpts().id();
        String officerPath = "/cpts/" + cpts.value();
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        // drafting and the tripartite signature
        mvc.perform(post("/porteur/contrat")
                        .param("signatureDate", "2024-07-01")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/contrat"));
        mvc.perform(ContractForms.terms(post("/porteur/contrat/modifier"), contractVersion(cpts))
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/contrat"));
        mvc.perform(post("/porteur/contrat/signature")
                        .param("confirmation", "oui")
                        .param("version", String.valueOf(contractVersion(cpts)))
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/contrat"));
        mvc.perform(post("/ars" + officerPath + "/contrat/signature")
                .param("confirmation", "oui")
                .param("version", String.valueOf(contractVersion(cpts)))
                .with(csrf())
                .session(ars));
        mvc.perform(post("/cpam" + officerPath + "/contrat/signature")
                .param("confirmation", "oui")
                .param("version", String.valueOf(contractVersion(cpts)))
                .with(csrf())
                .session(cpam));
        assertThat(contracts.of(cpts).orElseThrow().contract().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(pdfText(contracts.document(cpts, 1).orElseThrow().content()))
                .contains(ContractForms.ALD, "Porteur CPTS Parcours ACI", "Julien Lefèvre", "Nadia Benali");

        // the schedule, generated from the signed contract: year 1 functioning, advances and the prorated parcours
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("87 500,00 €"))
                .andExpect(shows("9 917,81 €"))
                .andExpect(shows("Après la revue annuelle (jusqu'à 6 000,00 €)"));

        // year 1: declared by the CPTS, filed
        mvc.perform(post("/porteur/contrat/revues/1/ouverture").with(csrf()).session(porteur));
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                .param("version", reviewVersion(cpts))
                .param("value-0", "170")
                .param("comment-0", "Requête sur la patientèle au 30/06/2025")
                .param("value-1", "3")
                .param("value-2", "41")
                .with(csrf())
                .session(porteur));
        mvc.perform(post("/porteur/contrat/revues/1/depot")
                .param("version", reviewVersion(cpts))
                .with(csrf())
                .session(porteur));
        assertThat(reviews.of(cpts, 1).orElseThrow().review().state()).isEqualTo(ReviewState.SUBMITTED);

        // reviewed by the CPAM: one adjustment, two acceptances, closed
        String review = "/cpam" + officerPath + "/revues/1";
        mvc.perform(post(review + "/decisions")
                .param("version", reviewVersion(cpts))
                .param("indicator-0", ContractForms.ALD)
                .param("decision-0", "ADJUST")
                .param("value-0", "190")
                .param("reason-0", ADJUSTMENT)
                .with(csrf())
                .session(cpam));
        for (String indicator : new String[] {ContractForms.PATHWAYS, ContractForms.SCREENING}) {
            mvc.perform(post(review + "/decisions")
                    .param("version", reviewVersion(cpts))
                    .param("indicator-0", indicator)
                    .param("decision-0", "ACCEPT")
                    .with(csrf())
                    .session(cpam));
        }
        mvc.perform(post(review + "/cloture")
                .param("version", reviewVersion(cpts))
                .param("confirmation", "oui")
                .with(csrf())
                .session(cpam));
        assertThat(reviews.of(cpts, 1).orElseThrow().review().state()).isEqualTo(ReviewState.CLOSED);

        // the statement: page for the CPTS, which sees the adjustment and its reason, and the archived PDF
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/porteur/contrat/revues/1/releve").session(porteur))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains(FIXED_DUE, VARIABLE, TOTAL_DUE, ADVANCES, BALANCE, ADJUSTMENT);
        ArchivedDocument statement = reviews.statement(cpts, 1).orElseThrow();
        byte[] downloaded = mvc.perform(
                        get("/porteur/contrat/revues/1/releve.pdf").session(porteur))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(statement.matches(downloaded)).isTrue();
        assertThat(pdfText(downloaded))
                .contains(team.cpts().name(), FIXED_DUE, VARIABLE, TOTAL_DUE, ADVANCES, BALANCE, ADJUSTMENT);

        // once reviewed, the schedule shows year 1 as its statement recorded it at closing
        mvc.perform(get("/ars" + officerPath + "/contrat").session(ars))
                .andExpect(shows("Revue close : versements enregistrés au décompte de clôture"))
                .andExpect(shows("Solde dû au titre de l'année 1, au plus tôt le 01/07/2025"))
                .andExpect(shows("Part variable – Accès aux soins (médecin traitant et soins non programmés) – année "
                        + "2 : au plus tôt le 01/07/2026, après la revue annuelle"))
                .andExpect(shows("Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1, due au "
                        + "démarrage prévisionnel le 01/01/2025"));
        assertThat(trail.ofCpts(cpts))
                .extracting(entry -> entry.entityType())
                .contains("CONTRAT_ACI", "REVUE_ANNUELLE");
    }

    private long contractVersion(CptsId cpts) {
        return contracts.of(cpts).orElseThrow().version();
    }

    private String reviewVersion(CptsId cpts) {
        return String.valueOf(reviews.of(cpts, 1).orElseThrow().version());
    }
}
