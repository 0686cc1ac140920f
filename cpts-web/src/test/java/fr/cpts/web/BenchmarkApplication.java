package fr.cpts.web;

import fr.cpts.CptsApplication;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged application as the JMH benchmarks start it: on a free port, with an embedded PostgreSQL of its own in
 * a temporary directory, no demo data, no mail delivery nor daily job running by itself, warnings only.
 */
public final class BenchmarkApplication {

    private BenchmarkApplication() {}

    public static ConfigurableApplicationContext start() throws IOException {
        return new SpringApplicationBuilder(CptsApplication.class)
                .run(
                        "--server.port=0",
                        "--cpts.database.embedded.data-directory="
                                + Files.createTempDirectory("cpts-bench").resolve("postgres"),
                        "--cpts.database.embedded.port=" + freePort(),
                        "--cpts.demo-data.enabled=false",
                        "--cpts.mail.delivery-delay=P1D",
                        "--cpts.notifications.digest-cron=-",
                        "--cpts.notifications.deadline-cron=-",
                        "--logging.level.root=WARN");
    }

    /** Reads a page to its last byte, keeping none of it; its size in bytes (refused unless 200). */
    public static long read(HttpClient http, URI page) throws IOException, InterruptedException {
        HttpResponse<InputStream> response =
                http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(page.getPath() + " : " + response.statusCode());
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                size += n;
            }
        }
        return size;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
