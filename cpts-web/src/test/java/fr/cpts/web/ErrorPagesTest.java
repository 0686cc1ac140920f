package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Through a real HTTP server: error pages are French pages of the platform, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void aPageOutsideTheRoleGetsTheFrenchAccessDeniedPage() throws Exception {
        signIn("porteur", "porteur-demo");

        HttpResponse<String> response = get("/ars");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Accès refusé", "Plateforme CPTS").doesNotContain("Exception");
    }

    @Test
    void anUnknownPageGetsTheFrenchNotFoundPage() throws Exception {
        signIn("ars", "ars-demo");

        HttpResponse<String> response = get("/dossiers-inexistants");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page non trouvée", "Retour à l&#39;accueil");
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Se déconnecter");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
