package fr.cpts.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@CptsWebTest
class SitePagesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/simulateur", "/porteur"})
    void everyPageHasTheStatesMandatoryFooterLinks(String path) throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");

        String page = body(get(path).session(porteur));

        assertThat(page)
                .contains(
                        "href=\"https://info.gouv.fr\"",
                        "href=\"https://service-public.fr\"",
                        "href=\"https://legifrance.gouv.fr\"",
                        "href=\"https://data.gouv.fr\"",
                        "info.gouv.fr - nouvelle fenêtre")
                .contains(
                        "href=\"/plan-du-site\"",
                        "href=\"/mentions-legales\"",
                        "href=\"/donnees-personnelles\"",
                        "href=\"/gestion-des-cookies\"")
                .contains(
                        "<a class=\"fr-footer__bottom-link\" href=\"/accessibilite\">Accessibilité : non conforme</a>");
    }

    @Test
    void theAccessibilityStatementSaysNonCompliantWithItsDateAndTheRemedies() throws Exception {
        String statement = body(get("/accessibilite"));

        assertThat(statement)
                .contains("Déclaration d'accessibilité")
                .contains(
                        "non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1")
                .contains("Cette déclaration a été établie le 04/12/2026.")
                .contains("Swagger UI")
                .contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07");
    }

    @Test
    void whatTheOperatorHasNotSetIsShownAsNotGivenAndTheSettingToAdministratorsOnly() throws Exception {
        String forThePublic = body(get("/mentions-legales"));
        String forTheAdmin = body(get("/mentions-legales").session(SignIn.as(mvc, "admin", "admin-demo")));

        assertThat(forThePublic)
                .contains("Non renseigné par l'exploitant de cette instance")
                .doesNotContain("cpts.site.operator-name");
        assertThat(forTheAdmin).contains("cpts.site.operator-name", "CPTS_SITE_OPERATOR_NAME");
    }

    @Test
    void theCookiesPageListsTheOnlyTwoCookiesAndAsksNoConsent() throws Exception {
        assertThat(body(get("/gestion-des-cookies")))
                .contains("<code>SESSION</code>", "<code>CPTS-CSRF</code>", "aucun consentement n'est demandé");
    }

    @Test
    void theSiteMapListsThePersonsPagesWithTheLockedStepsAndWhy() throws Exception {
        String map =
                body(get("/plan-du-site").session(SignIn.as(mvc, "porteur-paysbasque", "porteur-paysbasque-demo")));

        assertThat(map)
                .contains("href=\"/porteur/dossiers/lettre-intention\"", "href=\"/porteur/cpts/territoire\"")
                .contains("Projet de santé</span> — <span>S'ouvre une fois la lettre d'intention validée par l'ARS.")
                .contains("href=\"/annuaire\"", "href=\"/mentions-legales\"");
        assertThat(body(get("/plan-du-site"))).doesNotContain("Vos pages").contains("href=\"/login\"");
    }

    @Test
    void theApiDocumentationIsTitledForThePlatform() throws Exception {
        assertThat(body(get("/v3/api-docs"))).contains("\"title\":\"API publique de la Plateforme CPTS\"");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
