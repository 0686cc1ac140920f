package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Test
    void aBodySentInChunksIsRefusedInFrenchOnceItPassesTheLimit() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        // 1.5 MB with no Content-Length, in chunks: read up to the limit (1 MB), then refused (a longer body is
        // refused the same way, but the server then closes the connection without reading the rest)
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/api/v1/funding/aci/simulations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                                java.util.Collections.enumeration(java.util.Collections.nCopies(24, chunk).stream()
                                        .map(java.io.ByteArrayInputStream::new)
                                        .toList()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").doesNotContain("Exception");
    }

    @Test
    void aPageSendingTooMuchGetsTheFrenchPageSayingWhatIsAccepted() throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/api/v1/funding/aci/simulations"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(" ".repeat(1_048_577)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body())
                .contains("Envoi trop volumineux", "10 Mo au plus", "Rien n&#39;a été enregistré")
                .doesNotContain("Exception");
    }

    @Test
    void aSmallBodySentInChunksIsReadAsUsual() throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/api/v1/funding/aci/simulations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                "{\"population\": \"abc\"}".getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("population");
    }

    @Test
    void aListIndexNoPageOffersGetsAFrenchPageNotA500() throws Exception {
        Matcher csrf = CSRF.matcher(get("/simulateur").body());
        assertThat(csrf.find()).isTrue();
        String form =
                "missions%5B300%5D.included=true&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/simulateur"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ne propose pas", "missions[300]").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/porteur%2Fdossier", "/%", "/a%zz"})
    void anAddressTomcatRefusesGetsAFrenchPageWithTheSecurityHeaders(String path) throws Exception {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response)
                .contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff")
                .contains("X-Frame-Options: DENY", "Adresse ou demande illisible", "lang=\"fr\"")
                .doesNotContain("Tomcat", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login;x=%", "/login;jsessionid=1", "/simulateur;a=b/x", "/ars/%zz%41"})
    void anAddressWithPathParametersOrAStrayPercentIsABadRequestNotA500(String path) throws Exception {
        String response =
                raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response)
                .contains("Content-Security-Policy: default-src 'self'", "X-Frame-Options: DENY", "lang=\"fr\"")
                .doesNotContain("Tomcat", "Exception");
    }

    @Test
    void aMessageWithMoreFilesThanAMessageCarriesIsRefusedInFrenchAndNothingIsSent() throws Exception {
        signIn("porteur", "porteur-demo");

        HttpResponse<String> response = sendMessageWithFiles(25, "Vingt-cinq pièces d'un coup");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Un message porte au plus 20 pièces jointes : 25 ont été choisies")
                .doesNotContain("Vingt-cinq pièces d&#39;un coup", "Exception");
    }

    @Test
    void aSendingWithFarMoreFilesGetsTheFrenchPageSayingWhatIsAccepted() throws Exception {
        signIn("porteur", "porteur-demo");

        HttpResponse<String> response = sendMessageWithFiles(60, "Soixante pièces d'un coup");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).contains("Envoi trop volumineux", "20 pièces jointes au plus");
        assertThat(get("/porteur/dossiers/lettre-intention").body()).doesNotContain("Soixante pièces");
    }

    /** A message of the porteur with that many (tiny) PDF files, as a browser would send it. */
    private HttpResponse<String> sendMessageWithFiles(int files, String text) throws Exception {
        Matcher csrf = CSRF.matcher(get("/porteur/dossiers/lettre-intention").body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----limite" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        body.append(part(boundary, "_csrf", csrf.group(1))).append(part(boundary, "text", text));
        for (int i = 0; i < files; i++) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"piece-")
                    .append(i)
                    .append(".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return browser.send(
                HttpRequest.newBuilder(uri("/porteur/dossiers/lettre-intention/messages"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** What the server answers to a request written byte for byte (the HTTP client refuses such addresses). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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
