package fr.cpts.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one instance of the platform, started so that what it acknowledges survives: every
 * commit is flushed to disk before it is acknowledged ({@code fsync}, {@code synchronous_commit}, full pages in the
 * log), which the server is asked to confirm before anything is served.
 *
 * <p>One instance owns its data directory, by a lock the operating system releases when the instance dies, however it
 * dies. A server left running by an instance that died ({@code kill -9}) is stopped when the next instance takes the
 * directory; a directory locked by a live instance is refused. Once started, the server answering on the port must be
 * the one of this data directory: if the port was taken by another instance's server, the start is refused rather
 * than serve and write that instance's data.
 *
 * <p>The server asks every connection, local ones included, for the password of its superuser, generated at the
 * first start and kept beside the data directory ({@code <directory>.password}, readable by its owner only): another
 * user of the machine cannot read or write the platform's data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The settings a durable server runs with, and the values they must have. */
    static final List<String> DURABLE = List.of("fsync", "synchronous_commit", "full_page_writes");

    private static final Duration ORPHAN_STOP = Duration.ofSeconds(30);

    static final String SUPERUSER = "postgres";
    private static final String PASSWORD_ONLY = """
            # Written by the platform at each start: every connection gives the password (see <directory>.password)
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(FileChannel lockFile, FileLock lock, EmbeddedPostgres postgres, String password) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server of that data directory on that port, or refuses (in French) to start a wrong one. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        Path directory = dataDirectory.toRealPath();
        FileChannel lockFile = FileChannel.open(
                directory.resolveSibling(directory.getFileName() + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException inThisProcess) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new IllegalStateException("Le répertoire de données " + directory + " est utilisé par une autre "
                    + "instance de la plateforme en cours d'exécution : donnez à chaque instance son propre "
                    + "répertoire (CPTS_DATA_DIR).");
        }
        EmbeddedPostgres postgres;
        Path passwordFile = directory.resolveSibling(directory.getFileName() + ".password");
        String password;
        boolean fromBeforePasswords = Files.exists(directory.resolve("pg_hba.conf")) && !Files.exists(passwordFile);
        try {
            stopOrphan(directory);
            refuseTakenPort(port);
            password = ServerPassword.readOrCreate(passwordFile);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // initdb options (the library passes these as --name=value): the superuser's password at once
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(initialized -> {
                        if (!fromBeforePasswords) {
                            ServerPassword.requireEverywhere(
                                    initialized.toPath().resolve("pg_hba.conf"), PASSWORD_ONLY);
                        }
                    })
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException | RuntimeException failed) {
            lock.release();
            lockFile.close();
            throw failed;
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(lockFile, lock, postgres, password);
        try {
            if (fromBeforePasswords) {
                server.givePassword(directory);
            }
            server.requireItsOwnAndDurable(directory, port);
        } catch (SQLException failure) {
            server.close();
            throw new IllegalStateException(
                    "Le serveur PostgreSQL embarqué ne répond pas : " + failure.getMessage(), failure);
        } catch (RuntimeException refused) {
            server.close();
            throw refused;
        }
        log.info("PostgreSQL embarqué : données dans {}, port {}, écritures durables", directory, port);
        return server;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, "postgres");
    }

    /** The superuser's password, which every connection gives. */
    public String password() {
        return password;
    }

    /**
     * A data directory created before the server asked for a password (it trusted every local user): its superuser
     * gets the password, then the server asks for it.
     */
    private void givePassword(Path directory) throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role " + SUPERUSER + " password '" + password + "'");
            ServerPassword.requireEverywhere(directory.resolve("pg_hba.conf"), PASSWORD_ONLY);
            statement.execute("select pg_reload_conf()");
        }
        log.info("PostgreSQL embarqué : le mot de passe est désormais demandé à chaque connexion");
    }

    /** Before starting: a port another server listens on would make this instance talk to that server. */
    private static void refuseTakenPort(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free: the server of this directory may take it
        } catch (IOException taken) {
            throw portTaken(port, "un autre programme");
        }
    }

    private static IllegalStateException portTaken(int port, String byWhom) {
        return new IllegalStateException("Le port " + port + " est déjà pris par " + byWhom + " : la plateforme "
                + "refuse de démarrer sur les données d'une autre instance. Donnez-lui un port libre "
                + "(CPTS_EMBEDDED_DB_PORT).");
    }

    /** Refuses a server that is not this directory's (another's, on a port taken) or that could lose commits. */
    private void requireItsOwnAndDurable(Path directory, int port) throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            String served = setting(statement, "data_directory");
            if (!Path.of(served).toRealPath().equals(directory)) {
                throw portTaken(port, "un autre serveur PostgreSQL (données dans " + served + ")");
            }
            for (String name : DURABLE) {
                String value = setting(statement, name);
                if (!"on".equals(value)) {
                    throw new IllegalStateException("PostgreSQL tourne avec " + name + " = " + value + " : des "
                            + "écritures confirmées pourraient être perdues. La plateforme refuse de démarrer.");
                }
            }
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("select current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Stops a server still running on this directory although the instance that started it is dead (this instance
     * holds the directory's lock): left by a {@code kill -9} or a crash.
     */
    private static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d{1,10}"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        if (orphan.isEmpty()) {
            return;
        }
        log.warn(
                "Un serveur PostgreSQL (PID {}) tourne encore sur {} sans son instance (arrêt brutal) : il est arrêté.",
                orphan.get().pid(),
                directory);
        // SIGTERM: a smart shutdown, which writes a checkpoint; its clients died with their instance
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            throw new IllegalStateException("Le serveur PostgreSQL resté en marche sur " + directory + " (PID "
                    + orphan.get().pid() + ") ne s'arrête pas : arrêtez-le (pg_ctl stop) avant de relancer.");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } catch (IllegalStateException alreadyGone) {
            // pg_ctl stop fails on a server that died on its own: nothing is left to stop
            log.warn("Le serveur PostgreSQL embarqué était déjà arrêté : {}", alreadyGone.getMessage());
        } finally {
            lock.release();
            lockFile.close();
        }
    }
}
