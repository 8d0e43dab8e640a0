package app.factdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.audit.AuditService;
import app.factdesk.audit.ChainVerification;
import app.factdesk.security.ApiTokenService;
import app.factdesk.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Kills the shared embedded PostgreSQL (SIGKILL to its postmaster) and watches the app ride it out. Every test ends
 * only once the database answers again, so the tests after it find it as before.
 */
@IntegrationTest
class DatabaseOutageIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedPostgresWatchdog watchdog;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AuditService audit;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String editor;
    private String token;

    @BeforeEach
    void deskAndToken() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        editor = fixtures.addMember(desk, Role.EDITOR, "Outage Editor");
        token = users.as(editor, () -> tokens.create("outage").secret());
    }

    @AfterEach
    void databaseIsBack() throws Exception {
        if (!watchdog.isRunning()) {
            watchdog.start();
        }
        awaitHealth(200, Duration.ofSeconds(60));
    }

    private static void killPostmaster() {
        long pid = OrphanPostmaster.recordedPid(EmbeddedPostgresServer.dataDirectory()).orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().join();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpResponse<String> health() throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")));
    }

    private void awaitHealth(int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (health().statusCode() != status) {
            assertThat(System.nanoTime()).as("health %d within %s", status, timeout).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void while_the_database_is_down_the_api_answers_503_fast_health_says_why_and_login_says_unavailable()
            throws Exception {
        watchdog.stop();
        killPostmaster();

        long started = System.nanoTime();
        HttpResponse<String> articles = send(api("/api/v1/articles"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(articles.statusCode()).isEqualTo(503);
        assertThat(json.readTree(articles.body()).get("error").asText()).isEqualTo("api.unavailable");
        assertThat(millis).as("answered within 5 s").isLessThan(5_000);

        HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("The database is unavailable");

        String landing = mvc.perform(post("/login").param("username", "editor").param("password", "whatever-1")
                .with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(landing).isEqualTo("/login?unavailable");

        watchdog.start();
        awaitHealth(200, Duration.ofSeconds(60));
        assertThat(send(api("/api/v1/articles")).statusCode()).isEqualTo(200);
    }

    @Test
    void killing_the_postmaster_under_load_loses_no_acknowledged_write_and_the_chain_verifies() throws Exception {
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            writers.submit(() -> {
                while (writing.get()) {
                    String body = "Outage check " + UUID.randomUUID() + ". The minister said the bridge opens in May.";
                    try {
                        HttpResponse<String> created = send(api("/api/v1/articles")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                        Map.of("body", body)))));
                        statuses.computeIfAbsent(created.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (created.statusCode() == 201) {
                            ids.add(json.readTree(created.body()).get("id").asLong());
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(2_000);
        int before = ids.size();
        killPostmaster();
        Thread.sleep(1_000);
        awaitHealth(200, Duration.ofSeconds(60));
        Thread.sleep(2_000);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(before).as("writes before the kill").isPositive();
        assertThat(ids.size()).as("writes after recovery").isGreaterThan(before);
        assertThat(statuses.keySet()).as("answers: %s", statuses).containsOnly(201, 503);
        Long stored = ownerDatabase.jdbc().queryForObject("select count(*) from article where id = any(?)", Long.class,
                (Object) ids.toArray(Long[]::new));
        assertThat(stored).as("every acknowledged article is stored").isEqualTo(ids.size());
        ChainVerification chain = users.as(editor, audit::verifyChain);
        assertThat(chain.ok()).as(String.valueOf(chain.reason())).isTrue();
    }
}
