package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The dossier pages on the demo data: scope, CSRF, refusals in French, PDF checks, what the porteur never sees. */
@CptsWebTest
class DossierPagesTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anArsOfficerGetsNotFoundForADossierOfAnotherRegionOrADraft() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        long guadeloupe = letterOf("CPTS Grande-Terre Sud");
        long sudGironde = letterOf("CPTS Sud Gironde");
        long hauteLandeDraft = dossierOf("CPTS Haute-Lande", DossierKind.PROJET_SANTE);

        mvc.perform(get("/ars/dossiers/" + sudGironde).session(ars))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CPTS Sud Gironde")));
        mvc.perform(get("/ars/dossiers/" + guadeloupe).session(ars)).andExpect(status().isNotFound());
        mvc.perform(get("/ars/dossiers/" + hauteLandeDraft).session(ars)).andExpect(status().isNotFound());
        mvc.perform(get("/ars/dossiers/999999999").session(ars)).andExpect(status().isNotFound());
        mvc.perform(post("/ars/dossiers/" + guadeloupe + "/commentaires")
                        .param("text", "note")
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ars/dossiers/" + guadeloupe + "/decision")
                        .param("move", "REFUSE")
                        .param("reason", "x")
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ars/dossiers").session(ars))
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS Sud Gironde"), not(containsString("CPTS Grande-Terre Sud")))));
    }

    @Test
    void aPorteurGetsNotFoundForAnAttachmentOfAnotherCptsWhileTheArsDownloadsIt() throws Exception {
        Dossier arcachon = dossiers.of(cpts("CPTS du Bassin d'Arcachon").id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow();
        AttachmentInfo stored =
                exchanges.attach(arcachon.id().orElseThrow(), new PdfFile("statuts.pdf", PDF), ARS, Instant.now());

        mvc.perform(get("/porteur/dossiers/pieces/" + stored.id()).session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ars/dossiers/pieces/" + stored.id()).session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isForbidden());
        MvcResult download = mvc.perform(
                        get("/ars/dossiers/pieces/" + stored.id()).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("statuts.pdf")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get("/porteur/dossiers/pieces/" + stored.id())
                        .session(SignIn.as(mvc, "porteur-arcachon", "porteur-arcachon-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aCpamOfficerAnswersOnlyOpinionsAskedOfTheCpamInTheirDepartements() throws Exception {
        long guadeloupe = letterOf("CPTS Grande-Terre Sud");
        OpinionRequest outside = exchanges.saveOpinion(OpinionRequest.ask(
                new fr.cpts.domain.dossier.DossierId(guadeloupe), OpinionBody.CPAM, "Avis ?", ARS, Instant.now()));
        OpinionRequest urps = exchanges.saveOpinion(OpinionRequest.ask(
                new fr.cpts.domain.dossier.DossierId(letterOf("CPTS du Bassin d'Arcachon")),
                OpinionBody.URPS,
                "Avis de l'URPS ?",
                ARS,
                Instant.now()));
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        mvc.perform(get("/cpam/avis").session(cpam))
                .andExpect(content()
                        .string(allOf(containsString("CPTS Sud Gironde"), not(containsString("Grande-Terre")))));
        long sudGirondeOpinion = exchanges
                .opinionsOf(new fr.cpts.domain.dossier.DossierId(letterOf("CPTS Sud Gironde")))
                .get(0)
                .id()
                .orElseThrow();
        mvc.perform(get("/cpam/avis/" + sudGirondeOpinion).session(cpam))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("vous paraissent-ils cohérents"),
                                containsString("Transmettre l&#39;avis à l&#39;ARS"))));
        mvc.perform(get("/cpam/avis/" + outside.id().orElseThrow()).session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cpam/avis/" + urps.id().orElseThrow()).session(cpam)).andExpect(status().isNotFound());
        mvc.perform(post("/cpam/avis/" + outside.id().orElseThrow())
                        .param("answer", "Favorable")
                        .with(csrf())
                        .session(cpam))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCpamSaysWhatItsOpinionConcludesByTheDayTheArsAskedAndALateOneShowsFirstAsLate() throws Exception {
        TestPorteurs.TestPorteur porteur =
                TestPorteurs.create("CPTS Avis daté", records, territories, accounts, encoder);
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                .param("version", "0")
                .param("firstDiagnostic", "Diagnostic")
                .with(csrf())
                .session(SignIn.as(mvc, porteur.username(), porteur.password())));
        fr.cpts.domain.dossier.DossierId letter = dossiers.of(porteur.cpts().id(), DossierKind.LETTRE_INTENTION)
                .flatMap(Dossier::id)
                .orElseThrow();
        Instant asked = Instant.now().minusSeconds(86_400L * 40);
        OpinionRequest late = exchanges.saveOpinion(OpinionRequest.ask(
                letter,
                OpinionBody.CPAM,
                "Le calendrier est-il tenable ?",
                java.util.Optional.of(asked.atZone(java.time.ZoneId.of("Europe/Paris"))
                        .toLocalDate()
                        .plusDays(30)),
                ARS,
                asked));
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        String list = HtmlUtils.htmlUnescape(mvc.perform(get("/cpam/avis").session(cpam))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.indexOf("CPTS Avis daté")).isPositive().isLessThan(list.indexOf("CPTS Sud Gironde"));
        assertThat(list.substring(list.indexOf("<tbody>"), list.indexOf("CPTS Avis daté")))
                .contains("En retard");

        mvc.perform(post("/cpam/avis/" + late.id().orElseThrow())
                        .param("answer", "Tenable.")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", containsString("Choisissez le sens de l'avis")));
        mvc.perform(post("/cpam/avis/" + late.id().orElseThrow())
                        .param("verdict", "RESERVED")
                        .param("answer", "Tenable si le recrutement suit.")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("success", "Avis de la CPAM transmis à l'ARS."));

        assertThat(exchanges.opinion(late.id().orElseThrow()).orElseThrow().verdict())
                .contains(fr.cpts.domain.dossier.OpinionVerdict.RESERVED);
        mvc.perform(get("/cpam/avis/" + late.id().orElseThrow()).session(cpam))
                .andExpect(content().string(containsString("Favorable avec réserves")));
        mvc.perform(get("/ars/dossiers/" + letterOf("CPTS Sud Gironde")).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Avis attendu avant le"),
                                containsString("name=\"dueOn\""),
                                containsString("name=\"verdict\""))));
    }

    @Test
    void aDossiersPageShowsItsStateAsAShortBadgeFollowedByWhatItMeans() throws Exception {
        mvc.perform(get("/porteur/dossiers/lettre-intention").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"etat-dossier\""),
                                containsString(">En cours d&#39;instruction</p>"),
                                containsString(
                                        "L&#39;ARS instruit le dossier ; elle peut écrire, demander des avis ou des "
                                                + "corrections."))));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");

        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer").session(porteur))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ars/dossiers/" + letterOf("CPTS Sud Gironde") + "/decision")
                        .param("move", "VALIDATE")
                        .session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void validatingRefusingOrClosingADossierIsConfirmedFirstAndNothingIsDecidedWithoutTheAnswer() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        long sudGironde = letterOf("CPTS Sud Gironde");

        mvc.perform(get("/ars/dossiers/" + sudGironde).session(ars))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-confirmation=\"confirmer-validation\""),
                                containsString("data-confirmation=\"confirmer-refus\""),
                                containsString("data-confirmation=\"confirmer-classement\""),
                                containsString("id=\"confirmer-validation\""))));
        mvc.perform(post("/ars/dossiers/" + sudGironde + "/decision")
                        .param("move", "VALIDATE")
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Valider la lettre d&#39;intention de la CPTS Sud Gironde ?"),
                                containsString("La décision est définitive"),
                                containsString("La CPTS pourra élaborer et déposer son projet de santé."),
                                containsString("name=\"move\" value=\"VALIDATE\""),
                                containsString("name=\"confirmation\" value=\"oui\""))));
        mvc.perform(post("/ars/dossiers/" + sudGironde + "/decision")
                        .param("move", "REFUSE")
                        .param("reason", "Territoire en chevauchement avec la CPTS voisine")
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Refuser la lettre d&#39;intention de la CPTS Sud Gironde ?"),
                                containsString("Territoire en chevauchement avec la CPTS voisine"),
                                containsString("elle reprend le motif saisi"))));
        assertThat(dossiers.byId(new fr.cpts.domain.dossier.DossierId(sudGironde))
                        .orElseThrow()
                        .state())
                .isEqualTo(fr.cpts.domain.dossier.DossierState.UNDER_INSTRUCTION);
    }

    @Test
    void anIllegalMoveIsAnsweredWithTheFrenchMessageAndChangesNothing() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        long sudGironde = letterOf("CPTS Sud Gironde");

        mvc.perform(post("/ars/dossiers/" + sudGironde + "/decision")
                        .param("move", "TAKE")
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl("/ars/dossiers/" + sudGironde))
                .andExpect(flash().attribute(
                                "error",
                                "Impossible de prendre en instruction ce dossier (lettre "
                                        + "d'intention) : il est à l'état « En cours d'instruction »."));
        mvc.perform(post("/ars/dossiers/" + sudGironde + "/decision")
                        .param("move", "REFUSE")
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("sans en donner le motif")));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(flash().attribute("error", containsString("Impossible de déposer ce dossier")));
        assertThat(dossiers.byId(new fr.cpts.domain.dossier.DossierId(sudGironde))
                        .orElseThrow()
                        .state()
                        .name())
                .isEqualTo("UNDER_INSTRUCTION");
    }

    @Test
    void thePorteurNeverSeesThePrivateCommentsNorTheOpinionsWhichTheArsSees() throws Exception {
        mvc.perform(get("/porteur/dossiers/lettre-intention").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("pouvez-vous préciser les établissements"),
                                not(containsString("vérifier la MSP de Bazas")),
                                not(containsString("Commentaires internes")),
                                not(containsString("Le territoire et les orientations vous paraissent-ils")))));
        mvc.perform(get("/ars/dossiers/" + letterOf("CPTS Sud Gironde")).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("vérifier la MSP de Bazas"),
                                containsString("Le territoire et les orientations vous paraissent-ils"))));
    }

    @Test
    void refusesAFileThatIsNotAPdfAndAPdfAboveTheMaximumSize() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        byte[] oversized = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        int before = exchanges
                .attachmentsOf(new fr.cpts.domain.dossier.DossierId(letterOf("CPTS Sud Gironde")))
                .size();

        mvc.perform(multipart("/porteur/dossiers/lettre-intention/pieces")
                        .file(new MockMultipartFile(
                                "file", "photo.pdf", "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("n'est pas un PDF")));
        mvc.perform(multipart("/porteur/dossiers/lettre-intention/pieces")
                        .file(new MockMultipartFile("file", "gros.pdf", "application/pdf", oversized))
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("taille maximale de 10 Mo")));
        mvc.perform(multipart("/porteur/dossiers/lettre-intention/messages")
                        .file(new MockMultipartFile(
                                "files",
                                "script.pdf",
                                "application/pdf",
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .param("text", "Voici la pièce")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("n'est pas un PDF")));

        assertThat(exchanges.attachmentsOf(new fr.cpts.domain.dossier.DossierId(letterOf("CPTS Sud Gironde"))))
                .hasSize(before);
    }

    @Test
    void twoPeopleSavingTheSameDraftNeverOverwriteEachOtherAndTheSecondKeepsWhatTheyTyped() throws Exception {
        TestPorteurs.TestPorteur porteur = TestPorteurs.create("CPTS Conflit", records, territories, accounts, encoder);
        MockHttpSession first = SignIn.as(mvc, porteur.username(), porteur.password());
        MockHttpSession second = SignIn.as(mvc, porteur.username(), porteur.password());

        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "Diagnostic de la première personne")
                        .with(csrf())
                        .session(first))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "Diagnostic de la seconde personne")
                        .with(csrf())
                        .session(second))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("modifié par une autre personne"),
                                containsString("Diagnostic de la seconde personne"))));

        Dossier stored =
                dossiers.of(porteur.cpts().id(), DossierKind.LETTRE_INTENTION).orElseThrow();
        assertThat(((fr.cpts.domain.dossier.LetterOfIntent) stored.content()).firstDiagnostic())
                .isEqualTo("Diagnostic de la première personne");
    }

    @Test
    void aMalformedDateIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        TestPorteurs.TestPorteur porteur = TestPorteurs.create("CPTS Dates", records, territories, accounts, encoder);

        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "Mon diagnostic")
                        .param("milestones[0].date", "2025-13-45")
                        .param("milestones[0].label", "Assemblée")
                        .with(csrf())
                        .session(SignIn.as(mvc, porteur.username(), porteur.password())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("fr-input-group--error"),
                                containsString("Date illisible : écrivez-la au format JJ/MM/AAAA"),
                                containsString("Mon diagnostic"))));
        assertThat(dossiers.of(porteur.cpts().id(), DossierKind.LETTRE_INTENTION))
                .isEmpty();
    }

    @Test
    void theHealthProjectStaysClosedUntilTheLetterOfIntentIsValidated() throws Exception {
        mvc.perform(get("/porteur/dossiers/projet-sante").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(redirectedUrl("/porteur"))
                .andExpect(flash().attribute("error", containsString("lettre d'intention validée")));
        mvc.perform(get("/porteur/dossiers/projet-sante")
                        .session(SignIn.as(mvc, "porteur-hautelande", "porteur-hautelande-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trouver un médecin traitant aux patients ALD")));
        mvc.perform(get("/porteur/dossiers/inconnu").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isNotFound());
    }

    private CptsRecord cpts(String name) {
        return records.byName(name).orElseThrow();
    }

    private long letterOf(String name) {
        return dossierOf(name, DossierKind.LETTRE_INTENTION);
    }

    private long dossierOf(String name, DossierKind kind) {
        return dossiers.of(cpts(name).id(), kind)
                .orElseThrow()
                .id()
                .orElseThrow()
                .value();
    }
}
