package fr.cpts.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.CptsApplication;
import fr.cpts.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one database, as behind a load balancer: they share the people's sessions,
 * and a scheduled job runs on one of them only; an anonymous visitor costs no session row.
 */
class SharedSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOtherAndASignOutEndsItOnBoth() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext first = start(database, true);
                ConfigurableApplicationContext second = start(database, false)) {
            int firstPort = portOf(first);
            int secondPort = portOf(second);
            assertThat(get(secondPort, "/ars").statusCode())
                    .as("not signed in yet")
                    .isEqualTo(302);

            signIn(firstPort, "ars", "ars-demo");

            assertThat(get(firstPort, "/ars").statusCode()).isEqualTo(200);
            HttpResponse<String> onSecond = get(secondPort, "/ars");
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Julien Lefèvre", "CPTS Sud Gironde");

            HttpResponse<String> signedOut = post(secondPort, "/logout", "_csrf=" + encode(csrf(secondPort, "/ars")));
            assertThat(signedOut.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?deconnecte"));
            assertThat(get(firstPort, "/ars").statusCode())
                    .as("signed out on the other instance too")
                    .isEqualTo(302);
        }
    }

    @Test
    void signingOutEverywhereEndsThePersonsSessionsOnEveryDeviceAndInstance() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext first = start(database, true);
                ConfigurableApplicationContext second = start(database, false)) {
            int firstPort = portOf(first);
            int secondPort = portOf(second);
            HttpClient laptop = browser;
            HttpClient phone =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(laptop, firstPort, "cpam", "cpam-demo");
            signIn(phone, secondPort, "cpam", "cpam-demo");
            assertThat(get(phone, secondPort, "/compte").body()).contains("tous appareils confondus : 2.");

            post(
                    laptop,
                    firstPort,
                    "/compte/deconnexion-partout",
                    "_csrf=" + encode(csrf(laptop, firstPort, "/compte")));

            assertThat(get(phone, secondPort, "/cpam").statusCode()).isEqualTo(302);
            assertThat(get(laptop, firstPort, "/cpam").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void disablingAnAccountEndsItsSessionsOnEveryInstanceAndRefusesItsNextSignIn() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext first = start(database, true);
                ConfigurableApplicationContext second = start(database, false)) {
            int firstPort = portOf(first);
            int secondPort = portOf(second);
            HttpClient administrator = browser;
            HttpClient officer =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(officer, secondPort, "cpam", "cpam-demo");
            signIn(administrator, firstPort, "admin", "admin-demo");
            assertThat(get(officer, secondPort, "/cpam").statusCode()).isEqualTo(200);

            post(
                    administrator,
                    firstPort,
                    "/admin/comptes/cpam/desactiver",
                    "_csrf=" + encode(csrf(administrator, firstPort, "/admin")));

            assertThat(get(officer, secondPort, "/cpam").statusCode())
                    .as("the officer's open session ended")
                    .isEqualTo(302);
            HttpResponse<String> refused = post(
                    officer,
                    secondPort,
                    "/login",
                    "username=cpam&password=cpam-demo&_csrf=" + encode(csrf(officer, secondPort, "/login")));
            assertThat(refused.headers().firstValue("Location"))
                    .as("a disabled account cannot sign in")
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
    }

    @Test
    void anonymousVisitorsGetNoSessionUntilTheySignIn() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext only = start(database, true)) {
            int port = portOf(only);
            JdbcTemplate jdbc = only.getBean(JdbcTemplate.class);
            for (int i = 0; i < 20; i++) {
                get(port, "/login");
                get(port, "/simulateur");
                get(port, "/ars");
            }
            HttpResponse<String> simulated = post(
                    port,
                    "/simulateur",
                    "population=40000&signedOn=2026-01-01&_csrf=" + encode(csrf(port, "/simulateur")));
            assertThat(simulated.statusCode()).isEqualTo(200);
            assertThat(sessions(jdbc)).as("session rows before sign-in").isZero();
            assertThat(cookies.getCookieStore().getCookies())
                    .extracting(HttpCookie::getName)
                    .doesNotContain("SESSION");

            signIn(port, "ars", "ars-demo");

            assertThat(sessions(jdbc)).isOne();
            assertThat(get(port, "/ars").statusCode()).isEqualTo(200);
        }
    }

    private static int sessions(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    @Test
    void theExpiredSessionsCleanupRunsOnOneInstanceOnly() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext first = start(database, true);
                ConfigurableApplicationContext second = start(database, false)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                    + "max_inactive_interval, expiry_time) values ('00000000-0000-0000-0000-000000000001', "
                    + "'00000000-0000-0000-0000-000000000002', 0, 0, 1800, 1)");
            ExpiredSessionsCleanup onFirst = first.getBean(ExpiredSessionsCleanup.class);
            ExpiredSessionsCleanup onSecond = second.getBean(ExpiredSessionsCleanup.class);

            Thread other = new Thread(onSecond::run);
            other.start();
            onFirst.run();
            other.join();

            assertThat(onFirst.runs() + onSecond.runs())
                    .as("runs across both instances")
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from spring_session where expiry_time = 1", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from shedlock where name = 'expired-sessions-cleanup'", Integer.class))
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start(TestDatabase.Connection database, boolean demoData) {
        return new SpringApplicationBuilder(CptsApplication.class)
                .run(
                        "--server.port=0",
                        "--cpts.database.mode=external",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "--cpts.demo-data.enabled=" + demoData,
                        // the test runs the cleanup by hand: a scheduled run at a ten-minute mark would hold the lock
                        "--cpts.sessions.cleanup-cron=-");
    }

    private void signIn(int port, String username, String password) throws IOException, InterruptedException {
        signIn(browser, port, username, password);
    }

    private void signIn(HttpClient client, int port, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> response = post(
                client,
                port,
                "/login",
                "username=" + username + "&password=" + password + "&_csrf=" + encode(csrf(client, port, "/login")));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }

    private String csrf(int port, String page) throws IOException, InterruptedException {
        return csrf(browser, port, page);
    }

    private String csrf(HttpClient client, int port, String page) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(client, port, page).body());
        assertThat(csrf.find()).as("CSRF token on " + page).isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return get(browser, port, path);
    }

    private HttpResponse<String> get(HttpClient client, int port, String path)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String form) throws IOException, InterruptedException {
        return post(browser, port, path, form);
    }

    private HttpResponse<String> post(HttpClient client, int port, String path, String form)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
