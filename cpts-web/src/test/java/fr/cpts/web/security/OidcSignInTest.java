package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.CptsApplication;
import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** OpenID Connect sign-in against a stub issuer standing for ProConnect and Pro Santé Connect. */
class OidcSignInTest {

    private static MockOAuth2Server issuer;
    private static ConfigurableApplicationContext application;
    private static int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .build();

    @BeforeAll
    static void start() {
        issuer = new MockOAuth2Server();
        issuer.start();
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        application = new SpringApplicationBuilder(CptsApplication.class)
                .run(
                        "--server.port=0",
                        "--cpts.database.mode=external",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "--cpts.demo-data.enabled=true",
                        "--spring.security.oauth2.client.registration.proconnect.client-id=plateforme-cpts",
                        "--spring.security.oauth2.client.registration.proconnect.client-secret=secret",
                        "--spring.security.oauth2.client.registration.proconnect.client-name=ProConnect",
                        "--spring.security.oauth2.client.registration.proconnect.scope=openid,email",
                        "--spring.security.oauth2.client.provider.proconnect.issuer-uri="
                                + issuer.issuerUrl("proconnect"),
                        "--spring.security.oauth2.client.registration.pro-sante-connect.client-id=plateforme-cpts",
                        "--spring.security.oauth2.client.registration.pro-sante-connect.client-secret=secret",
                        "--spring.security.oauth2.client.registration.pro-sante-connect.client-name=Pro Santé Connect",
                        "--spring.security.oauth2.client.registration.pro-sante-connect.scope=openid,email",
                        "--spring.security.oauth2.client.provider.pro-sante-connect.issuer-uri="
                                + issuer.issuerUrl("psc"));
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
        application
                .getBean(Accounts.class)
                .create(new Account(
                        "julie.martin@ars.sante.fr",
                        "Julie Martin (ARS)",
                        "{noop}jamais-utilise",
                        Role.ARS_OFFICER,
                        new AccessScope.Region(new RegionCode("75"))));
    }

    @AfterAll
    static void stop() {
        application.close();
        issuer.shutdown();
    }

    @Test
    void theLoginPageOffersEachConfiguredProvider() throws Exception {
        assertThat(get("/login").body())
                .contains(
                        "Se connecter avec ProConnect",
                        "Se connecter avec Pro Santé Connect",
                        "/oauth2/authorization/proconnect");
    }

    @Test
    void anArsAgentKnownToThePlatformSignsInThroughProConnect() throws Exception {
        issuer.enqueueCallback(new DefaultOAuth2TokenCallback(
                "proconnect",
                "agent-42",
                "JWT",
                List.of("plateforme-cpts"),
                Map.of("email", "julie.martin@ars.sante.fr")));

        HttpResponse<String> home = get("/oauth2/authorization/proconnect");

        assertThat(home.uri().getPath()).isEqualTo("/ars");
        assertThat(home.body())
                .contains("Julie Martin (ARS)", "Votre périmètre : Nouvelle-Aquitaine.", "CPTS Sud Gironde");
    }

    @Test
    void anIdentityWithoutAccountIsRefusedWithAFrenchMessage() throws Exception {
        issuer.enqueueCallback(new DefaultOAuth2TokenCallback(
                "proconnect", "inconnu", "JWT", List.of("plateforme-cpts"), Map.of("email", "personne@exemple.fr")));

        HttpResponse<String> page = get("/oauth2/authorization/proconnect");

        assertThat(page.uri().toString()).endsWith("/login?refus-oidc");
        assertThat(page.body()).contains("ne correspond à aucun compte de la plateforme");
        assertThat(get("/ars").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anAgentCannotSignInThroughTheHealthProfessionalsProvider() throws Exception {
        issuer.enqueueCallback(new DefaultOAuth2TokenCallback(
                "psc", "agent-42", "JWT", List.of("plateforme-cpts"), Map.of("email", "julie.martin@ars.sante.fr")));

        HttpResponse<String> page = get("/oauth2/authorization/pro-sante-connect");

        assertThat(page.uri().toString()).endsWith("/login?refus-oidc");
    }

    @Test
    void aHealthProfessionalUnknownToThePlatformSignsUpFromTheirProSanteConnectIdentityWithoutPassword()
            throws Exception {
        Map<String, Object> claims = Map.of(
                "email", "lucie.bernard@exemple.fr",
                "given_name", "Lucie",
                "family_name", "Bernard",
                "SubjectNameID", "810001234567");
        issuer.enqueueCallback(
                new DefaultOAuth2TokenCallback("psc", "psc-lucie", "JWT", List.of("plateforme-cpts"), claims));

        HttpResponse<String> form = get("/oauth2/authorization/pro-sante-connect");

        assertThat(form.uri().toString()).endsWith("/inscription?psc");
        assertThat(form.body())
                .contains("value=\"lucie.bernard@exemple.fr\"", "value=\"Lucie\"", "value=\"Bernard\"")
                .contains("value=\"10001234567\"")
                .doesNotContain("mot-de-passe-nouveau");
        HttpResponse<String> signedUp = post(
                "/inscription",
                Map.of(
                        "_csrf", csrf(form.body()),
                        "email", "quelqu.un.d.autre@exemple.fr",
                        "firstName", "Lucie",
                        "lastName", "Bernard",
                        "profession", "SAGE_FEMME",
                        "rpps", "10001234567",
                        "terms", "true"));
        assertThat(signedUp.uri().toString()).endsWith("/login?inscrit-psc");
        assertThat(application.getBean(Accounts.class).byUsername("lucie.bernard@exemple.fr"))
                .hasValueSatisfying(account -> assertThat(account.scope()).isEqualTo(new AccessScope.NoCpts()));
        assertThat(application.getBean(Accounts.class).byUsername("quelqu.un.d.autre@exemple.fr"))
                .isEmpty();

        issuer.enqueueCallback(
                new DefaultOAuth2TokenCallback("psc", "psc-lucie", "JWT", List.of("plateforme-cpts"), claims));
        HttpResponse<String> home = get("/oauth2/authorization/pro-sante-connect");
        // the client follows five redirects at most: the sixth, to « Créer ma CPTS », is read from the last answer
        assertThat(home.uri().getPath()).isEqualTo("/porteur");
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/porteur/nouvelle-cpts"));
        assertThat(get("/porteur/nouvelle-cpts").body()).contains("Créer ma CPTS", "Lucie Bernard");
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
