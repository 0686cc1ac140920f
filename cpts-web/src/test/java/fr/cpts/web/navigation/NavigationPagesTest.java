package fr.cpts.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@CptsWebTest
class NavigationPagesTest {

    private static final Pattern CURRENT =
            Pattern.compile("class=\"fr-nav__link\"[^>]*aria-current=\"page\"[^>]*>([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Test
    void marksOnlyTheMostSpecificSectionAsCurrent() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        assertThat(currentSections("/ars/dossiers", ars)).containsExactly("Dossiers à instruire");
        assertThat(currentSections("/ars", ars)).containsExactly("CPTS de la région");
        assertThat(currentSections("/simulateur", ars)).containsExactly("Simulateur de financement");
    }

    @Test
    void everyPageBelowTheHomeShowsItsTrailFromThePersonsHome() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur-arcachon", "porteur-arcachon-demo");

        String reviews = body("/porteur/contrat/revues", porteur);
        assertThat(crumbs(reviews)).containsExactly("Accueil", "Contrat ACI", "Revues annuelles");
        assertThat(reviews).contains("href=\"/porteur\"");
        assertThat(crumbs(body("/compte", porteur))).containsExactly("Accueil", "Mon compte");
        assertThat(body("/porteur", porteur)).doesNotContain("fr-breadcrumb");
        assertThat(crumbs(body("/accessibilite", null))).containsExactly("Accueil", "Déclaration d'accessibilité");
    }

    @Test
    void aStepTheCptsHasNotReachedIsShownDisabledWithWhyNotAsALink() throws Exception {
        MockHttpSession paysBasque = SignIn.as(mvc, "porteur-paysbasque", "porteur-paysbasque-demo");

        String home = body("/porteur", paysBasque);

        assertThat(home)
                .contains("aria-disabled=\"true\"", "S'ouvre une fois la lettre d'intention validée par l'ARS.")
                .doesNotContain("href=\"/porteur/dossiers/projet-sante\"")
                .contains("href=\"/porteur/dossiers/lettre-intention\"");
        assertThat(body("/porteur", SignIn.as(mvc, "porteur-arcachon", "porteur-arcachon-demo")))
                .contains("href=\"/porteur/dossiers/projet-sante\"", "href=\"/porteur/contrat/revues\"")
                .doesNotContain("aria-disabled=\"true\"");
    }

    private static final Pattern CRUMB = Pattern.compile("class=\"fr-breadcrumb__link\"[^>]*>([^<]+)<");

    private static List<String> crumbs(String page) {
        Matcher crumb = CRUMB.matcher(page);
        List<String> crumbs = new ArrayList<>();
        while (crumb.find()) {
            crumbs.add(HtmlUtils.htmlUnescape(crumb.group(1).strip()));
        }
        return crumbs;
    }

    private String body(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return HtmlUtils.htmlUnescape(
                mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private List<String> currentSections(String path, MockHttpSession session) throws Exception {
        Matcher current = CURRENT.matcher(mvc.perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> sections = new ArrayList<>();
        while (current.find()) {
            sections.add(current.group(1).strip());
        }
        return sections;
    }
}
