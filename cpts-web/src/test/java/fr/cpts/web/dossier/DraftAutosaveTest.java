package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@CptsWebTest
class DraftAutosaveTest {

    private static final String AUTOSAVE = "/porteur/dossiers/lettre-intention/brouillon";

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aDraftSavedAsThePorteurTypesAnswersItsNewVersionAndTheTimeThenTheNextSaveStartsFromIt() throws Exception {
        TestPorteurs.TestPorteur porteur =
                TestPorteurs.create("CPTS Autosave", records, territories, accounts, encoder);
        MockHttpSession session = SignIn.as(mvc, porteur.username(), porteur.password());

        mvc.perform(post(AUTOSAVE)
                        .param("version", "0")
                        .param("firstDiagnostic", "Premier jet")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.savedAt").value(org.hamcrest.Matchers.matchesPattern("\\d{2}:\\d{2}")));
        mvc.perform(post(AUTOSAVE)
                        .param("version", "1")
                        .param("firstDiagnostic", "Deuxième jet")
                        .with(csrf())
                        .session(session))
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.version").value(2));

        assertThat(letter(porteur).firstDiagnostic()).isEqualTo("Deuxième jet");
    }

    @Test
    void aSaveFromAStaleVersionOrWithARefusedFieldStoresNothingAndSaysWhy() throws Exception {
        TestPorteurs.TestPorteur porteur =
                TestPorteurs.create("CPTS Autosave refus", records, territories, accounts, encoder);
        MockHttpSession session = SignIn.as(mvc, porteur.username(), porteur.password());
        mvc.perform(post(AUTOSAVE)
                .param("version", "0")
                .param("firstDiagnostic", "Gardé")
                .with(csrf())
                .session(session));

        mvc.perform(post(AUTOSAVE)
                        .param("version", "0")
                        .param("firstDiagnostic", "Écrasé ?")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("autre personne")));
        mvc.perform(post(AUTOSAVE)
                        .param("version", "1")
                        .param("firstDiagnostic", "Mon diagnostic")
                        .param("milestones[0].date", "2025-13-45")
                        .param("milestones[0].label", "Assemblée")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("JJ/MM/AAAA")));

        assertThat(letter(porteur).firstDiagnostic()).isEqualTo("Gardé");
    }

    @Test
    void theHealthProjectIsNotSavedBeforeTheLetterOfIntentIsValidated() throws Exception {
        TestPorteurs.TestPorteur porteur =
                TestPorteurs.create("CPTS Autosave PS", records, territories, accounts, encoder);

        mvc.perform(post("/porteur/dossiers/projet-sante/brouillon")
                        .param("version", "0")
                        .param("diagnostic", "Trop tôt")
                        .with(csrf())
                        .session(SignIn.as(mvc, porteur.username(), porteur.password())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.saved").value(false));

        assertThat(dossiers.of(porteur.cpts().id(), DossierKind.PROJET_SANTE)).isEmpty();
    }

    @Test
    void aSectionsOwnSaveComesBackToThatSectionWithTheTimeAndAnUnknownSectionToTheDossier() throws Exception {
        TestPorteurs.TestPorteur porteur =
                TestPorteurs.create("CPTS Sections", records, territories, accounts, encoder);
        MockHttpSession session = SignIn.as(mvc, porteur.username(), porteur.password());

        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "0")
                        .param("firstDiagnostic", "Diagnostic")
                        .param("section", "orientations")
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention/modifier#orientations"))
                .andExpect(flash().attribute(
                                "success",
                                org.hamcrest.Matchers.matchesPattern("Brouillon enregistré à \\d{2}:\\d{2}\\.")));
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                        .param("version", "1")
                        .param("firstDiagnostic", "Diagnostic")
                        .param("section", "x\r\nSet-Cookie: a=b")
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
    }

    private LetterOfIntent letter(TestPorteurs.TestPorteur porteur) {
        return (LetterOfIntent) dossiers.of(porteur.cpts().id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow()
                .content();
    }
}
