package fr.cpts.web.diagnostic;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.web.BenchmarkApplication;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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

/**
 * The territorial diagnostic at national scale, in the packaged application on an embedded PostgreSQL, in a 512 MB
 * heap:
 *
 * <ul>
 *   <li>{@code nationalImport}: the five sources' files for every inhabited commune of France (about 34 900 lines, the
 *       13 imported indicators, about 450 000 values), each checked line by line then stored with its area totals
 *       (target: under 30 s for all five);
 *   <li>{@code diagnosticOf150Communes}: the public page {@code /diagnostic} for 150 communes, read over HTTP to its
 *       last byte (target: p95 under 50 ms).
 * </ul>
 *
 * Run: {@code mvn -o -pl cpts-web -Pbenchmark verify -DskipTests -Djmh.benchmarks=DiagnosticBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class DiagnosticBenchmark {

    private static final Account ADMINISTRATOR =
            new Account("banc-admin", "Banc d'essai", "", Role.ADMINISTRATOR, new AccessScope.Platform());

    private ConfigurableApplicationContext app;
    private DiagnosticImports imports;
    private Map<String, String> files;
    private HttpClient http;
    private URI page;

    @Setup(Level.Trial)
    public void start() throws Exception {
        app = BenchmarkApplication.start();
        imports = app.getBean(DiagnosticImports.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Map<String, Object>> communes =
                jdbc.queryForList("select code, population from commune where retired_in is null and not divided "
                        + "and population is not null order by code");
        files = files(communes);
        nationalImport();
        List<String> gironde = jdbc.queryForList(
                "select code from commune where departement_code = '33' order by code limit 150", String.class);
        page = URI.create("http://127.0.0.1:" + app.getBean(Environment.class).getProperty("local.server.port")
                + "/diagnostic?communes=" + String.join("+", gironde));
        http = HttpClient.newHttpClient();
        System.out.printf(
                "Diagnostic data: %d communes, %d values, %d area totals%n",
                communes.size(),
                jdbc.queryForObject("select count(*) from diagnostic_value", Long.class),
                jdbc.queryForObject("select count(*) from diagnostic_area_total", Long.class));
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int nationalImport() {
        int communes = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String source = file.getKey();
            communes += imports.importFile(
                            ADMINISTRATOR,
                            new DiagnosticImports.Request(
                                    source,
                                    "2024",
                                    source.startsWith("ars-") ? "2024-03-01" : "",
                                    source + "-2024.csv"),
                            new StringReader(file.getValue()),
                            false)
                    .communes();
        }
        return communes;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public long diagnosticOf150Communes() throws Exception {
        return BenchmarkApplication.read(http, page);
    }

    /** One file per source, every inhabited commune with values drawn from a fixed seed. */
    private static Map<String, String> files(List<Map<String, Object>> communes) {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        files.put(
                "insee-population",
                new StringBuilder(
                        "code_insee;population;population_moins_15;population_15_59;population_60_74;population_75_plus\n"));
        files.put("drees-apl", new StringBuilder("code_insee;apl_mg\n"));
        files.put("ameli-medecins", new StringBuilder("code_insee;mg;mg_60_plus\n"));
        files.put(
                "ameli-patients",
                new StringBuilder(
                        "code_insee;patients_consommants;patients_sans_mt;patients_sans_mt_ald;beneficiaires_c2s\n"));
        files.put("ars-zonage-medecins", new StringBuilder("code_insee;zonage_medecins\n"));
        for (Map<String, Object> commune : communes) {
            String code = (String) commune.get("code");
            long p = ((Number) commune.get("population")).longValue();
            SplittableRandom random = new SplittableRandom(code.hashCode());
            long young = Math.round(p * (0.14 + 0.05 * random.nextDouble()));
            long senior = Math.round(p * 0.17);
            long old = Math.round(p * (0.08 + 0.07 * random.nextDouble()));
            files.get("insee-population")
                    .append(code + ";" + p + ";" + young + ";" + Math.max(0, p - young - senior - old) + ";" + senior
                            + ";" + old + "\n");
            files.get("drees-apl")
                    .append(code + ";" + (15 + random.nextInt(35)) / 10 + "," + random.nextInt(10) + "\n");
            long doctors = Math.round(p * (40 + 80 * random.nextDouble()) / 100_000);
            files.get("ameli-medecins").append(code + ";" + doctors + ";" + doctors / 3 + "\n");
            long consulting = Math.round(p * 0.8);
            long without = Math.round(consulting * (0.04 + 0.16 * random.nextDouble()));
            files.get("ameli-patients")
                    .append(code + ";" + consulting + ";" + without + ";" + without / 8 + ";" + Math.round(p * 0.08)
                            + "\n");
            double zone = random.nextDouble();
            files.get("ars-zonage-medecins")
                    .append(code + ";" + (zone < 0.25 ? "ZIP" : zone < 0.55 ? "ZAC" : "HORS") + "\n");
        }
        Map<String, String> written = new LinkedHashMap<>();
        files.forEach((source, file) -> written.put(source, file.toString()));
        return written;
    }
}
