package fr.cpts.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.VersionedProfile;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** « Fiche CPTS »: the porteur edits their CPTS's profile and members; refusals are shown next to their field. */
@CptsWebTest
class ProfilePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    CptsProfiles profiles;

    @Test
    void thePorteurSeesTheProfileOfTheirCptsAndWhoMayEditIt() throws Exception {
        mvc.perform(get("/porteur/cpts/fiche").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Fiche CPTS"),
                                containsString("CPTS Sud Gironde"),
                                containsString("MSP du Réolais"),
                                containsString("Centre hospitalier Sud Gironde"),
                                containsString("Dr Claire Martin (porteur)"),
                                containsString("Ordonnance n° 2021-584"))));
    }

    @Test
    void choosingAnotherLegalFormThanAnAssociationIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        VersionedProfile before = current();

        mvc.perform(identity(before, Map.of("legalForm", "SISA")).session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"legalForm-erreur\""),
                                containsString("ne peut pas être constituée sous la forme"),
                                containsString("peuvent être membres de la CPTS, mais pas la CPTS elle-même"))));

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void theLocalLawAssociationOutsideAlsaceMoselleIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        VersionedProfile before = current();

        mvc.perform(identity(before, Map.of("legalForm", "ASSOCIATION_DROIT_LOCAL"))
                        .session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"legalForm-erreur\""),
                                containsString("ouverte qu&#39;aux CPTS dont le siège est dans le Bas-Rhin"))));

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void badEmailAndPostalCodeAreShownNextToTheirFields() throws Exception {
        VersionedProfile before = current();

        mvc.perform(identity(before, Map.of("coordinatorEmail", "claire.martin", "postalCode", "332"))
                        .session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"coordinatorEmail-erreur\""),
                                containsString("L&#39;adresse électronique n&#39;est pas valide"),
                                containsString("id=\"postalCode-erreur\""),
                                containsString("Le code postal doit compter cinq chiffres"))));

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void savingTheProfileRaisesItsVersionAndAStaleSaveIsRefused() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        VersionedProfile before = current();

        mvc.perform(identity(before, Map.of("coordinatorPhone", "05 56 63 99 99"))
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/cpts/fiche"))
                .andExpect(flash().attribute("success", "La fiche de la CPTS a été enregistrée."));
        assertThat(current().version()).isEqualTo(before.version() + 1);
        assertThat(current().profile().coordinator().phone()).isEqualTo("05 56 63 99 99");

        mvc.perform(identity(before, Map.of("coordinatorPhone", "05 56 00 00 00"))
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/cpts/fiche"))
                .andExpect(flash().attribute("error", containsString("modifiée par une autre personne")));
        assertThat(current().profile().coordinator().phone()).isEqualTo("05 56 63 99 99");
    }

    @Test
    void aHealthProfessionalWithoutProfessionOrAnUnknownCommuneIsRefusedNextToTheFields() throws Exception {
        VersionedProfile before = current();

        mvc.perform(post("/porteur/cpts/fiche/membres")
                        .session(SignIn.as(mvc, "porteur", "porteur-demo"))
                        .with(csrf())
                        .param("kind", "HEALTH_PROFESSIONAL")
                        .param("name", "Dr Paul Vidal")
                        .param("commune", "99999")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"profession-erreur\""),
                                containsString("Choisissez la profession du professionnel de santé."),
                                containsString("id=\"commune-erreur\""),
                                containsString("n&#39;est pas celui d&#39;une commune actuelle"))));

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void aMemberIsAddedThenRemoved() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        VersionedProfile before = current();

        mvc.perform(post("/porteur/cpts/fiche/membres")
                        .session(porteur)
                        .with(csrf())
                        .param("kind", "HEALTH_PROFESSIONAL")
                        .param("name", "Dr Paul Vidal")
                        .param("profession", "SAGE_FEMME")
                        .param("commune", "33227")
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/porteur/cpts/fiche#membres"));
        VersionedProfile added = current();
        assertThat(added.profile().members()).hasSize(before.profile().members().size() + 1);
        mvc.perform(get("/porteur/cpts/fiche").session(porteur))
                .andExpect(content().string(allOf(containsString("Dr Paul Vidal"), containsString("Langon (33227)"))));

        int last = added.profile().members().size() - 1;
        mvc.perform(post("/porteur/cpts/fiche/membres/" + last + "/retrait")
                        .session(porteur)
                        .with(csrf())
                        .param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl("/porteur/cpts/fiche#membres"));
        assertThat(current().profile().members()).isEqualTo(before.profile().members());
    }

    @Test
    void withoutCsrfTokenNothingIsSavedAndAnotherCptsProfileByIdIs404() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        VersionedProfile before = current();

        mvc.perform(post("/porteur/cpts/fiche").session(porteur).param("legalForm", "ASSOCIATION_LOI_1901"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/porteur/cpts/"
                                + records.byName("CPTS Pays Basque")
                                        .orElseThrow()
                                        .id()
                                        .value() + "/fiche")
                        .session(porteur))
                .andExpect(status().isNotFound());
        assertThat(current()).isEqualTo(before);
    }

    /** The identity form as the page posts it, with the stored values except those given. */
    private MockHttpServletRequestBuilder identity(VersionedProfile current, Map<String, String> changed) {
        var profile = current.profile();
        Map<String, String> fields = new HashMap<>(Map.of(
                "legalForm", profile.legalForm().name(),
                "street", profile.address().street(),
                "postalCode", profile.address().postalCode(),
                "city", profile.address().city(),
                "coordinatorName", profile.coordinator().name(),
                "coordinatorEmail", profile.coordinator().email(),
                "coordinatorPhone", profile.coordinator().phone(),
                "version", String.valueOf(current.version())));
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/porteur/cpts/fiche").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private VersionedProfile current() {
        CptsId sudGironde = records.byName("CPTS Sud Gironde").orElseThrow().id();
        return profiles.of(sudGironde).orElseThrow();
    }
}
