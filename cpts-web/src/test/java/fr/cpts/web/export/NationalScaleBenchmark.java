package fr.cpts.web.export;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.web.BenchmarkApplication;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * All of France in the packaged application on an embedded PostgreSQL, read over real HTTP by a signed-in
 * administrator: {@value #CPTS_PER_DEPARTEMENT} CPTS in each département of the reference (about 1 000), each with a
 * territory (about 60 % of the communes covered), a validated letter of intent and {@value #ORDERS_PER_CPTS} payment
 * orders (about 50 000, 40 % paid). Each operation reads one response to its last byte:
 *
 * <ul>
 *   <li>{@code nationalLedgerXlsx}, {@code nationalLedgerCsv}: the largest export, every payment order of France
 *       (target: a few seconds; the whole list is never held in memory, so the application runs in a 512 MB heap);
 *   <li>{@code nationalDashboard}: the dashboard over all of France (target under 1 s);
 *   <li>{@code publicMap}: the public map of the départements (target under 1 s).
 * </ul>
 *
 * Run: {@code mvn -o -pl cpts-web -Pbenchmark verify -DskipTests -Djmh.benchmarks="NationalScaleBenchmark -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NationalScaleBenchmark {

    static final int CPTS_PER_DEPARTEMENT = 10;
    static final int ORDERS_PER_CPTS = 49;
    private static final String PASSWORD = "banc-d-essai-national-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ConfigurableApplicationContext app;
    private HttpClient http;
    private String base;

    @Setup(Level.Trial)
    public void start() throws Exception {
        app = BenchmarkApplication.start();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        franceAtScale(jdbc);
        app.getBean(Accounts.class)
                .create(new Account(
                        "banc-admin",
                        "Administrateur du banc d'essai",
                        app.getBean(PasswordEncoder.class).encode(PASSWORD),
                        Role.ADMINISTRATOR,
                        new AccessScope.Platform()));
        base = "http://127.0.0.1:" + app.getBean(Environment.class).getProperty("local.server.port");
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn();
        System.out.printf(
                "France at scale: %d CPTS, %d communes covered of %d, %d payment orders (%d paid)%n",
                count(jdbc, "select count(*) from cpts"),
                count(jdbc, "select count(distinct commune_code) from cpts_territory_commune"),
                count(jdbc, "select count(*) from commune where retired_in is null"),
                count(jdbc, "select count(*) from payment_order"),
                count(jdbc, "select count(*) from payment"));
    }

    /** The CPTS, territories, letters of intent and payment orders, written in bulk by SQL. */
    private static void franceAtScale(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into cpts (name, region_code, departement_code, stage)
                select 'CPTS Banc ' || d.code || ' n° ' || n, d.region_code, d.code, 'CONTRAT_ACI'
                from departement d, generate_series(0, ?) n
                where d.retired_in is null and length(d.region_code) = 2""", CPTS_PER_DEPARTEMENT - 1);
        jdbc.update("insert into cpts_territory (cpts_id, version, updated_by) select id, 1, 'banc' from cpts");
        // a commune goes to the CPTS of its département its code hashes to; 4 hashes in 10 go to none
        jdbc.update("""
                insert into cpts_territory_commune (cpts_id, commune_code)
                select c.id, m.code
                from commune m
                join (select id, departement_code,
                             row_number() over (partition by departement_code order by id) - 1 as k
                      from cpts) c
                  on c.departement_code = m.departement_code
                 and c.k = abs(hashtext(m.code)) % ? and abs(hashtext(m.code)) % 10 < 6
                where m.retired_in is null and not m.divided""", CPTS_PER_DEPARTEMENT);
        jdbc.update("""
                insert into dossier (cpts_id, kind, state, created_at, in_state_since)
                select id, 'LETTRE_INTENTION', 'VALIDATED', now() - interval '200 days', now() - interval '100 days'
                from cpts""");
        jdbc.update("""
                insert into dossier_transition (dossier_id, position, move, from_state, to_state, actor_username,
                                                actor_name, actor_role, at)
                select d.id, t.position, t.move, t.from_state, t.to_state, 'banc', 'Banc', t.role,
                       now() - (t.days_ago || ' days')::interval - (d.id % 60 || ' days')::interval
                from dossier d, (values (0, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'PORTEUR', 190),
                                        (1, 'TAKE', 'SUBMITTED', 'UNDER_INSTRUCTION', 'ARS_OFFICER', 170),
                                        (2, 'VALIDATE', 'UNDER_INSTRUCTION', 'VALIDATED', 'ARS_OFFICER', 100))
                                 as t(position, move, from_state, to_state, role, days_ago)""");
        jdbc.update("""
                insert into payment_order (cpts_id, line_key, source, contract_year, due_on, label, beneficiary,
                                           amount, created_at, updated_at)
                select c.id, 'banc-' || g, 'CONTRACT_SCHEDULE', 1 + g / 10, date '2023-01-01' + g * 30,
                       'Ligne ' || g || ' du calendrier', c.name, 1000.00 + g * 17.5, now(), now()
                from cpts c, generate_series(0, ?) g""", ORDERS_PER_CPTS - 1);
        jdbc.update("""
                insert into payment (order_id, paid_on, accounting_reference, recorded_by, recorded_at)
                select id, due_on, 'MANDAT-' || id, 'banc', now() from payment_order where id % 10 < 4""");
        jdbc.execute("analyze");
    }

    private void signIn() throws IOException, InterruptedException {
        String login = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("Pas de jeton CSRF sur la page de connexion");
        }
        String form = "username=banc-admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Connexion refusée : " + signedIn.statusCode());
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public long nationalLedgerXlsx() throws Exception {
        return read("/admin/paiements.xlsx?vue=tous");
    }

    @Benchmark
    public long nationalLedgerCsv() throws Exception {
        return read("/admin/paiements.csv?vue=tous");
    }

    @Benchmark
    public long nationalDashboard() throws Exception {
        return read("/tableau-de-bord");
    }

    @Benchmark
    public long publicMap() throws Exception {
        return read("/carte?departement=33");
    }

    private long read(String path) throws Exception {
        return BenchmarkApplication.read(http, URI.create(base + path));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
