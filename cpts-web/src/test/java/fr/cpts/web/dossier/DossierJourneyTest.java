package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole life of the two dossiers through the pages: a porteur files a letter of intent, the ARS takes it and
 * asks for corrections, the porteur corrects and files it again, the ARS validates it and grants the FIR seed money,
 * then the porteur files a health project the ARS validates; the CPTS stage follows at every step.
 */
@CptsWebTest
class DossierJourneyTest {

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

    @Test
    void aLetterOfIntentSentBackForCorrectionsThenValidatedOpensAHealthProjectThatIsValidatedToo() throws Exception {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Parcours complet", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        // the porteur drafts the letter, partly, and is told what is missing when filing
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "Diagnostic partiel")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute(
                                "missingItems",
                                org.hamcrest.Matchers.hasItem(
                                        "Les principales orientations pour la mission socle « Prévention »")));
        assertThat(stage(team)).isEqualTo(CptsStage.INITIATIVE);

        // completes it and files it
        mvc.perform(LetterOfIntentForms.complete(version(team, DossierKind.LETTRE_INTENTION))
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", containsString("est déposé")));
        assertThat(stage(team)).isEqualTo(CptsStage.LETTRE_INTENTION);
        mvc.perform(get("/porteur").session(porteur))
                .andExpect(content().string(containsString("attendre sa prise en instruction par l&#39;ARS")));
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", String.valueOf(version(team, DossierKind.LETTRE_INTENTION)))
                        .param("firstDiagnostic", "Changement après dépôt")
                        .with(csrf())
                        .session(porteur))
                .andExpect(content()
                        .string(containsString("ne redevient modifiable que si l&#39;ARS demande des corrections")));

        // the ARS finds it in its list, takes it and sends it back with a reason
        long letter = id(team, DossierKind.LETTRE_INTENTION);
        mvc.perform(get("/ars/dossiers")
                        .param("etat", "SUBMITTED")
                        .param("departement", "33")
                        .session(ars))
                .andExpect(content().string(containsString(team.cpts().name())));
        decide(ars, letter, "TAKE", null);
        mvc.perform(post("/ars/dossiers/" + letter + "/commentaires")
                .param("text", "Note interne de l'instructeur")
                .with(csrf())
                .session(ars));
        mvc.perform(post("/ars/dossiers/" + letter + "/messages")
                .param("text", "Merci de préciser le calendrier.")
                .with(csrf())
                .session(ars));
        decide(ars, letter, "REQUEST_CORRECTIONS", "Préciser les partenaires hospitaliers");

        // the porteur sees the reason and the message, never the internal note, corrects and files again
        mvc.perform(get("/porteur/dossiers/lettre-intention").session(porteur))
                .andExpect(content()
                        .string(allOf(
                                containsString("Préciser les partenaires hospitaliers"),
                                containsString("Merci de préciser le calendrier."),
                                not(containsString("Note interne de l&#39;instructeur")))));
        mvc.perform(LetterOfIntentForms.complete(version(team, DossierKind.LETTRE_INTENTION))
                        .param("actorsAndPartners", "MSP, centre hospitalier de Langon, EHPAD")
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", containsString("est déposé")));

        // the ARS takes it again, validates it and grants the FIR seed money within the range
        decide(ars, letter, "TAKE", null);
        decide(ars, letter, "VALIDATE", null);
        assertThat(stage(team)).isEqualTo(CptsStage.PROJET_SANTE);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post("/ars/dossiers/" + letter + "/fir")
                        .param("amount", "60 000")
                        .param("decidedOn", today)
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("hors de la fourchette")));
        mvc.perform(post("/ars/dossiers/" + letter + "/fir")
                        .param("amount", "30 000")
                        .param("decidedOn", today)
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("success", containsString("FIR")));
        mvc.perform(get("/ars/dossiers/" + letter).session(ars))
                .andExpect(content().string(containsString("Subvention accordée : 30 000,00 €")));
        assertThat(dossiers.byId(new fr.cpts.domain.dossier.DossierId(letter))
                        .orElseThrow()
                        .timeline())
                .extracting(Step::move)
                .containsExactly(
                        DossierMove.SUBMIT,
                        DossierMove.TAKE,
                        DossierMove.REQUEST_CORRECTIONS,
                        DossierMove.RESUBMIT,
                        DossierMove.TAKE,
                        DossierMove.VALIDATE);

        // the health project opens, is written and filed, then validated
        MockHttpServletRequestBuilder project = post("/porteur/dossiers/projet-sante/modifier")
                .param("version", "0")
                .param("diagnostic", "Diagnostic")
                .param("actorsEngaged", "Acteurs")
                .param("objectives", "Objectifs")
                .param("evaluation", "Évaluation")
                .param("financialFraming", "Cadrage")
                .param("informationSharing", "Messagerie sécurisée")
                .param("protocols", "Protocole plaies")
                .with(csrf());
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                for (String part :
                        new String[] {"operationalObjectives", "means", "actions", "calendar", "indicators"}) {
                    project.param("sheets[" + mission.name() + "]." + part, part + " " + mission.name());
                }
            }
        }
        mvc.perform(project.session(porteur)).andExpect(redirectedUrl("/porteur/dossiers/projet-sante"));
        mvc.perform(post("/porteur/dossiers/projet-sante/deposer").with(csrf()).session(porteur))
                .andExpect(flash().attribute("success", containsString("Projet de santé")));
        long healthProject = id(team, DossierKind.PROJET_SANTE);
        decide(ars, healthProject, "TAKE", null);
        decide(ars, healthProject, "VALIDATE", null);

        assertThat(stage(team)).isEqualTo(CptsStage.CONTRAT_ACI);
        mvc.perform(get("/porteur").session(porteur))
                .andExpect(content().string(containsString("préparer le contrat ACI")));
        mvc.perform(get("/porteur/dossiers/projet-sante").session(porteur))
                .andExpect(content()
                        .string(allOf(containsString("Validé"), containsString("operationalObjectives PREVENTION"))));
    }

    private void decide(MockHttpSession ars, long id, String move, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/ars/dossiers/" + id + "/decision")
                .param("move", move)
                .param("confirmation", "oui")
                .with(csrf())
                .session(ars);
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request)
                .andExpect(redirectedUrl("/ars/dossiers/" + id))
                .andExpect(flash().attribute("success", containsString("Le dossier est à jour")));
    }

    private CptsStage stage(TestPorteurs.TestPorteur team) {
        return records.byId(team.cpts().id()).orElseThrow().stage();
    }

    private Dossier dossier(TestPorteurs.TestPorteur team, DossierKind kind) {
        return dossiers.of(team.cpts().id(), kind).orElseThrow();
    }

    private long version(TestPorteurs.TestPorteur team, DossierKind kind) { // as the edit form carries it
        return dossier(team, kind).version() + 1;
    }

    private long id(TestPorteurs.TestPorteur team, DossierKind kind) {
        return dossier(team, kind).id().orElseThrow().value();
    }
}
