package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.CptsApplication;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away under a running application, then comes back: pages and API answer 503 in French, health
 * reports DOWN, and the application recovers by itself with what was acknowledged before the outage intact.
 */
class DatabaseFaultTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDirectory;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    /** A load balancer's probe: no cookie, no session. */
    private final HttpClient probe = HttpClient.newHttpClient();

    private int port;

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWhenItComesBack() throws Exception {
        int databasePort = freePort();
        EmbeddedPostgres postgres = startPostgres(databasePort);
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(CptsApplication.class)
                .run(
                        "--server.port=0",
                        "--cpts.database.mode=external",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--cpts.demo-data.enabled=true")) {
            port = ((WebServerApplicationContext) application).getWebServer().getPort();
            signIn("ars", "ars-demo");
            assertThat(get("/ars").statusCode()).isEqualTo(200);
            assertThat(health().body()).contains("\"status\":\"UP\"");
            application
                    .getBean(CptsRecords.class)
                    .create("CPTS Acquittée", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);

            postgres.close();

            HttpResponse<String> page = get("/ars");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body())
                    .contains("Service momentanément indisponible", "Aucune modification n&#39;a été enregistrée")
                    .doesNotContain("Exception");
            HttpResponse<String> api = get("/api/v1/communes?q=bordeaux");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("momentanément injoignable");
            HttpResponse<String> health = health();
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");

            postgres = startPostgres(databasePort);

            HttpResponse<String> recovered = firstAnswerOtherThan503("/ars", Duration.ofSeconds(15));
            assertThat(recovered.statusCode()).isEqualTo(200);
            assertThat(recovered.body()).contains("CPTS Acquittée");
            assertThat(health().statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    /** The pool reconnects by itself, within seconds: ask again until it has. */
    private HttpResponse<String> firstAnswerOtherThan503(String path, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        HttpResponse<String> response = get(path);
        while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = get(path);
        }
        return response;
    }

    private EmbeddedPostgres startPostgres(int databasePort) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html,application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return probe.send(
                HttpRequest.newBuilder(uri("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
