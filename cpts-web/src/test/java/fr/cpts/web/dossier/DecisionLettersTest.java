package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DecisionLetter;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.demo.DemoContents;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ARS's decision letters: each decision on a dossier (corrections requested, validation, refusal) and the FIR
 * seed grant issues a French PDF naming the ARS, the officer, the day, the decision and its reason, the CPTS and its
 * territory; it is archived with its SHA-256, listed on the dossier's timeline and downloaded unchanged by the porteur
 * and the ARS, by nobody else.
 */
@CptsWebTest
class DecisionLettersTest {

    private static final Actor ARS = new Actor("ars", "Agent ARS", Role.ARS_OFFICER);

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
    DecisionLetters letters;

    @Test
    void eachDecisionOnALetterOfIntentAndTheFirGrantIssueAnArchivedLetter() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Courriers", records, territories, accounts, encoder);
        long id = underInstruction(team);
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());

        decide(ars, id, "REQUEST_CORRECTIONS", "Préciser les partenaires hospitaliers du territoire");
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        decide(ars, id, "TAKE", null);
        decide(ars, id, "VALIDATE", null);
        mvc.perform(post("/ars/dossiers/" + id + "/fir")
                        .param("amount", "30 000")
                        .param("decidedOn", "01/02/2026")
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl("/ars/dossiers/" + id + "#fir"));

        List<DecisionLetter> issued = letters.of(new DossierId(id));
        assertThat(issued)
                .extracting(DecisionLetter::number, DecisionLetter::title)
                .containsExactly(
                        tuple(1, "Demande de corrections sur la lettre d'intention"),
                        tuple(2, "Validation de la lettre d'intention"),
                        tuple(3, "Attribution d'une subvention FIR d'amorçage"));

        String corrections = text(download("/ars/dossiers/" + id + "/courriers/1", ars, issued.get(0)));
        assertThat(corrections)
                .contains(
                        "Agence régionale de santé Nouvelle-Aquitaine",
                        "Demande de corrections sur la lettre d'intention",
                        team.cpts().name(),
                        "Préciser les partenaires hospitaliers du territoire",
                        "Gironde (33)",
                        "Agent ARS");
        String grant = text(download("/porteur/dossiers/courriers/" + id + "/3", porteur, issued.get(2)));
        assertThat(grant.replace(" ", "")).contains("30000,00€", "décisiondu01/02/2026", "fondsd'interventionrégional");

        String timeline = mvc.perform(get("/porteur/dossiers/lettre-intention").session(porteur))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(timeline)
                .contains("/porteur/dossiers/courriers/" + id + "/2", "Validation de la lettre d&#39;intention")
                .contains(issued.get(1).sha256());
        assertThat(timeline).contains("id=\"decision-fir\"", "30 000,00");

        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(get("/porteur/dossiers/courriers/" + id + "/1").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ars/dossiers/" + id + "/courriers/1").session(cpam)).andExpect(status().isForbidden());
        mvc.perform(get("/ars/dossiers/" + id + "/courriers/9").session(ars)).andExpect(status().isNotFound());
    }

    private long underInstruction(TestPorteurs.TestPorteur team) {
        Actor porteur = new Actor(team.username(), "Porteur", Role.PORTEUR);
        Dossier letter =
                Dossier.startLetterOfIntent(team.cpts().id(), Instant.now().minusSeconds(3600));
        letter.edit(DemoContents.letter(team.cpts().name(), "Bazas"), porteur);
        letter.submit(
                porteur,
                Instant.now().minusSeconds(1800),
                territories.of(team.cpts().id()),
                List.of());
        letter.take(ARS, Instant.now().minusSeconds(900));
        return dossiers.save(letter).id().orElseThrow().value();
    }

    private void decide(MockHttpSession ars, long id, String move, String reason) throws Exception {
        var request = post("/ars/dossiers/" + id + "/decision")
                .param("move", move)
                .param("confirmation", "oui")
                .with(csrf())
                .session(ars);
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request).andExpect(redirectedUrl("/ars/dossiers/" + id));
    }

    /** The file downloaded, checked against the SHA-256 archived and sent with it. */
    private byte[] download(String path, MockHttpSession session, DecisionLetter letter) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("X-Content-SHA256"))
                .isEqualTo(letter.sha256())
                .isEqualTo(ArchivedDocument.sha256Of(bytes));
        return bytes;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
