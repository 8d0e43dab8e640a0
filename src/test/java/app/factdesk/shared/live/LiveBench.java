package app.factdesk.shared.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code bench/live.sh}: two servers' change feeds on one PostgreSQL. Server A announces 1,000 changes; we time each
 * until server B's listener delivers it, and compare with a bare LISTEN/NOTIFY round trip in the same run.
 */
public final class LiveBench {

    private static final int CHANGES = 1_000;

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            ObjectMapper json = new ObjectMapper();
            List<Double> baseline = bare(pg, url);
            ChangeFeed serverA = new ChangeFeed(new JdbcTemplate(new SingleConnectionDataSource(url, "postgres",
                    "postgres", true)), json);
            ChangeFeed serverB = new ChangeFeed(new JdbcTemplate(new SingleConnectionDataSource(url, "postgres",
                    "postgres", true)), json);
            DataSourceProperties props = new DataSourceProperties();
            props.setUrl(url);
            props.setUsername("postgres");
            props.setPassword("postgres");
            ChangeListener listenerB = new ChangeListener(serverB, props, json);
            ConcurrentHashMap<Long, Long> arrivals = new ConcurrentHashMap<>();
            CountDownLatch all = new CountDownLatch(CHANGES);
            serverB.subscribe(1, notice -> {
                if (notice.type().equals("claim") && arrivals.putIfAbsent(notice.id(), System.nanoTime()) == null) {
                    all.countDown();
                }
            });
            listenerB.start();
            Thread.sleep(500);
            long[] sent = new long[CHANGES];
            for (int i = 0; i < CHANGES; i++) {
                sent[i] = System.nanoTime();
                serverA.announce(1, "claim", i, 1);
                Thread.sleep(2);
            }
            if (!all.await(30, TimeUnit.SECONDS)) {
                System.out.println("only " + arrivals.size() + " of " + CHANGES + " notices arrived");
            }
            listenerB.stop();
            List<Double> latencies = new ArrayList<>();
            arrivals.forEach((id, at) -> latencies.add((at - sent[id.intValue()]) / 1e6));
            print("Fact Desk A -> B listener", latencies);
            print("baseline: bare NOTIFY -> LISTEN", baseline);
            System.out.printf("ratio of p95 (Fact Desk / bare): %.2f   (goal: p95 <= 150 ms)%n",
                    percentile(latencies, 95) / percentile(baseline, 95));
        }
    }

    private static List<Double> bare(EmbeddedPostgres pg, String url) throws Exception {
        List<Double> latencies = new ArrayList<>();
        try (Connection listen = pg.getPostgresDatabase().getConnection();
             Connection send = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = listen.createStatement()) {
                s.execute("LISTEN bench");
            }
            PGConnection pgListen = listen.unwrap(PGConnection.class);
            for (int i = 0; i < CHANGES; i++) {
                long start = System.nanoTime();
                try (Statement s = send.createStatement()) {
                    s.execute("select pg_notify('bench', '" + i + "')");
                }
                PGNotification[] got = null;
                while (got == null || got.length == 0) {
                    got = pgListen.getNotifications(500);
                }
                latencies.add((System.nanoTime() - start) / 1e6);
            }
        }
        return latencies;
    }

    private static void print(String label, List<Double> millis) {
        System.out.printf("%-34s n=%d  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", label, millis.size(),
                percentile(millis, 50), percentile(millis, 95), Collections.max(millis));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
