package fr.cpts.persistence.database;

import java.nio.file.Path;

/**
 * An instance of the platform reduced to its embedded database, run in its own JVM so that a test can kill it with
 * SIGKILL, as a crash or {@code kill -9} would, and find what it leaves behind.
 */
public final class KilledInstance {

    static final String READY = "base prête";

    private KilledInstance() {}

    public static void main(String[] arguments) throws Exception {
        EmbeddedPostgresServer.start(Path.of(arguments[0]), Integer.parseInt(arguments[1]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
