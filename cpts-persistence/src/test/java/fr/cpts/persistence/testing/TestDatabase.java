package fr.cpts.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use, once per test JVM:
 * <ol>
 *   <li>an external server when {@code CPTS_TEST_DB_URL} is set (with {@code CPTS_TEST_DB_USER} and
 *   {@code CPTS_TEST_DB_PASSWORD}), the user being allowed to create databases;</li>
 *   <li>otherwise a Testcontainers PostgreSQL 17 where a Docker engine answers;</li>
 *   <li>otherwise the embedded PostgreSQL binaries also used by the default run.</li>
 * </ol>
 * Each Spring context gets a database of its own on that server, so tests never see each other's rows.
 */
public final class TestDatabase {

    /** Where to connect: a JDBC URL and its credentials. */
    public record Connection(String url, String user, String password) {}

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Connection server;

    private TestDatabase() {}

    /** A new, empty database on the test server. */
    public static synchronized Connection freshDatabase() {
        if (server == null) {
            server = startServer();
        }
        String name = "cpts_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (java.sql.Connection admin = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Impossible de créer la base de test " + name + " sur " + server.url(), e);
        }
        return new Connection(withDatabase(server.url(), name), server.user(), server.password());
    }

    private static Connection startServer() {
        String external = System.getenv("CPTS_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(external, System.getenv("CPTS_TEST_DB_USER"), System.getenv("CPTS_TEST_DB_PASSWORD"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with it
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer PostgreSQL embarqué pour les tests", e);
        }
    }

    /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        int hostEnd = pathStart >= 0 ? pathStart : (query >= 0 ? query : url.length());
        String suffix = query < 0 ? "" : url.substring(query);
        return url.substring(0, hostEnd) + "/" + database + suffix;
    }
}
