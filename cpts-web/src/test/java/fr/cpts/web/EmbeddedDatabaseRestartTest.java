package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.CptsApplication;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run: the embedded PostgreSQL keeps its data in a directory, so a restart finds it again. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws IOException {
        int databasePort = freePort();

        try (ConfigurableApplicationContext first = start(databasePort)) {
            first.getBean(CptsRecords.class)
                    .create("CPTS Persistante", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);
        }
        try (ConfigurableApplicationContext second = start(databasePort)) {
            assertThat(second.getBean(CptsRecords.class).byName("CPTS Persistante"))
                    .isPresent();
            assertThat(second.getEnvironment().getProperty("cpts.database.embedded.data-directory"))
                    .startsWith(dataDirectory.toString());
            assertThat(second.getBean(CptsRecords.class).byName("CPTS Sud Gironde"))
                    .as("demo data loaded once, kept across the restart")
                    .isPresent();
        }
    }

    private ConfigurableApplicationContext start(int databasePort) {
        return new SpringApplicationBuilder(CptsApplication.class)
                .run(
                        "--server.port=0",
                        "--cpts.database.mode=embedded",
                        "--cpts.database.embedded.data-directory=" + dataDirectory.resolve("postgres"),
                        "--cpts.database.embedded.port=" + databasePort,
                        "--cpts.demo-data.enabled=true");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
