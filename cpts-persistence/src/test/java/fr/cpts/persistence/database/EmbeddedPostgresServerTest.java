package fr.cpts.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tests on real PostgreSQL processes: the embedded server of the default run keeps every write it acknowledged
 * when it is killed mid-write, never serves another instance's data, and never leaves a server running for nobody.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void runsWithEveryCommitFlushedToDisk() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("postgres"), freePort());
                Connection connection = connect(server)) {
            for (String setting : EmbeddedPostgresServer.DURABLE) {
                assertThat(value(connection, "select current_setting('" + setting + "')"))
                        .as(setting)
                        .isEqualTo("on");
            }
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesTheDatabaseKilledMidWrite() throws Exception {
        Path directory = data.resolve("postgres");
        int port = freePort();
        List<Integer> acknowledged = new CopyOnWriteArrayList<>();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, port)) {
            try (Connection connection = connect(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table written (id int primary key, payload text not null)");
            }
            Thread writer = new Thread(() -> {
                try (Connection connection = connect(server);
                        Statement statement = connection.createStatement()) {
                    for (int id = 1; ; id++) {
                        statement.executeUpdate("insert into written values (" + id + ", repeat('x', 200))");
                        acknowledged.add(id);
                    }
                } catch (SQLException killed) {
                    // the server died under the writer: what was acknowledged before is what counts
                }
            });
            writer.start();
            while (acknowledged.size() < 300) {
                Thread.sleep(5);
            }
            killDead(directory);
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(directory, port);
                Connection connection = connect(restarted)) {
            int last = acknowledged.get(acknowledged.size() - 1);
            assertThat(Integer.parseInt(value(connection, "select count(*) from written where id <= " + last)))
                    .as("rows acknowledged before the kill and found after the restart")
                    .isEqualTo(acknowledged.size());
        }
    }

    @Test
    void refusesToServeAnotherInstancesDatabaseOnAPortItTook() throws Exception {
        int port = freePort();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data.resolve("first"), port)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data.resolve("second"), port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Le port " + port + " est déjà pris")
                    .hasMessageContaining("CPTS_EMBEDDED_DB_PORT");
            try (Connection connection = connect(first)) {
                assertThat(value(connection, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void asksEveryConnectionForTheGeneratedPasswordKeptForItsOwnerOnly() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("postgres"), freePort())) {
            assertThatThrownBy(
                            () -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(Files.readString(data.resolve("postgres.password")).strip())
                    .isEqualTo(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgres.password"))))
                    .isEqualTo("rw-------");
            try (Connection connection = connect(server)) {
                assertThat(value(connection, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryLocalUserAsksForThePasswordFromItsNextStart() throws Exception {
        Path directory = data.resolve("postgres");
        Files.createDirectories(directory);
        int port = freePort();
        try (EmbeddedPostgres before = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
                Connection trusted = before.getPostgresDatabase().getConnection();
                Statement statement = trusted.createStatement()) {
            statement.execute("create table kept (id int)");
            statement.execute("insert into kept values (7)");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, port)) {
            assertThatThrownBy(
                            () -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(server)) {
                assertThat(value(connection, "select id from kept")).isEqualTo("7");
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(directory, port);
                Connection connection = connect(again)) {
            assertThat(value(connection, "select id from kept")).isEqualTo("7");
        }
    }

    @Test
    void refusesADataDirectoryALiveInstanceHolds() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data.resolve("postgres"), freePort())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data.resolve("postgres"), freePort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("utilisé par une autre instance");
        }
    }

    @Test
    void stopsTheServerOfAnInstanceKilledWithSigkillBeforeStartingItsOwn() throws Exception {
        Path directory = data.resolve("postgres");
        int port = freePort();
        Process instance = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledInstance.class.getName(),
                        directory.toString(),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(instance.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledInstance.READY)) {
                // the instance's log, until its server is up
            }
        }
        instance.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = postmaster(directory);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, port);
                Connection connection = connect(server)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(postmaster(directory)).isNotEqualTo(orphan);
            assertThat(value(connection, "select 1")).isEqualTo("1");
        }
    }

    /** Kills the postmaster with SIGKILL, as a crash would, and waits for its backends to die with it. */
    private static void killDead(Path directory) throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(postmaster(directory)).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        for (ProcessHandle backend : backends) {
            backend.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static long postmaster(Path directory) throws IOException {
        return Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, server.password());
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
