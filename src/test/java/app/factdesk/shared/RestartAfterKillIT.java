package app.factdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The app as its own process on its own data directory, killed with SIGKILL: its PostgreSQL lives on as an orphan
 * holding the directory, and the next start must still come up at the first attempt.
 */
class RestartAfterKillIT {

    private static final Duration START = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private Path logs;
    private Process app;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        if (dataDir != null) {
            OrphanPostmaster.stop(dataDir);
            FileSystemUtils.deleteRecursively(dataDir.getParent());
        }
    }

    private Process start(int port, String logName) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "app.factdesk.FactDeskApplication", "--server.port=" + port,
                "--factdesk.demo.enabled=false", "--vaadin.devmode.devTools.enabled=false"));
        builder.environment().put("FACTDESK_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.redirectErrorStream(true).redirectOutput(logs.resolve(logName).toFile());
        return builder.start();
    }

    private void awaitUp(int port, Process process, String logName) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app exited; log:%n%s", Files.readString(logs.resolve(logName)))
                    .isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not up within " + START + "; log:\n" + Files.readString(logs.resolve(logName)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_start_after_kill_minus_nine_succeeds_at_the_first_attempt() throws Exception {
        Path root = Files.createTempDirectory("factdesk-restart-");
        dataDir = root.resolve("pgdata");
        logs = root;
        int port = freePort();
        app = start(port, "first.log");
        awaitUp(port, app, "first.log");

        app.destroyForcibly().waitFor();
        assertThat(OrphanPostmaster.of(dataDir)).as("the killed app left its PostgreSQL running").isPresent();

        int again = freePort();
        app = start(again, "second.log");
        awaitUp(again, app, "second.log");
        assertThat(Files.readString(logs.resolve("second.log"))).contains("left by an earlier Fact Desk process")
                .doesNotContain("Gave up waiting");
        assertThat(OrphanPostmaster.of(dataDir)).isPresent();
    }
}
