package fr.cpts.web.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The letter-of-intent form as a porteur fills it in completely, ready to be filed. */
public final class LetterOfIntentForms {

    private LetterOfIntentForms() {}

    /** The complete form, saved over the version the edit form carries. */
    public static MockHttpServletRequestBuilder complete(long version) {
        MockHttpServletRequestBuilder request = post("/porteur/dossiers/lettre-intention/modifier")
                .param("version", String.valueOf(version))
                .param("firstDiagnostic", "4 000 patients sans médecin traitant")
                .param("actorsAndPartners", "MSP, pharmacies")
                .param("milestones[0].date", "01/06/2025")
                .param("milestones[0].label", "Assemblée constitutive")
                .with(csrf());
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                request.param("orientations[" + mission.name() + "]", "Orientation " + mission.label());
            }
        }
        return request;
    }
}
