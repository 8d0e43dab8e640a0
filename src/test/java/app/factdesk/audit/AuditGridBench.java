package app.factdesk.audit;

import app.factdesk.FactDeskApplication;
import app.factdesk.TwoWorkspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@code bench/audit-grid.sh}: 1,000,000 audit events in one workspace (generated as the owner, hashes not chained),
 * then the audit grid's exact keyset page statement ({@link AuditService#pageBeforeSql}) under EXPLAIN ANALYZE, 20 runs
 * each at the first page, the middle and the end of the log: p95 execution time per position (target 50 ms), and
 * the plan of the end page.
 */
public final class AuditGridBench {

    private static final int EVENTS = 1_000_000;
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    private AuditGridBench() {
    }

    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(FactDeskApplication.class).profiles("test")
                .properties("server.port=0", "logging.level.root=warn", "spring.main.lazy-initialization=true").run();
        try {
            JdbcTemplate jdbc = context.getBean(app.factdesk.OwnerDatabase.class).jdbc();
            long workspace = context.getBean(TwoWorkspaces.class).createOther().workspaceId();
            long base = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event where workspace_id = ?",
                    Long.class, workspace);
            long started = System.nanoTime();
            jdbc.update("""
                    insert into audit_event (workspace_id, seq, occurred_at, actor_id, actor_name, action,
                        object_type, object_id, before, after, channel, prev_hash, hash)
                    select ?, ? + g, now() - make_interval(secs => ? - g), null, 'bench', 'claim.edited', 'claim',
                           (g % 1000)::text, jsonb_build_object('statement', 'قال المتحدث ' || g),
                           jsonb_build_object('statement', 'Peskov said, per briefing ' || g), 'UI', repeat('0', 64),
                           md5(g::text) || md5(g::text)
                    from generate_series(1, ?) g
                    """, workspace, base, EVENTS, EVENTS);
            jdbc.execute("analyze audit_event");
            System.out.printf("generated %,d events in %.1f s%n", EVENTS, (System.nanoTime() - started) / 1e9);
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
            long last = base + EVENTS;
            String[] names = {"first page", "middle", "end"};
            long[] before = {Long.MAX_VALUE, base + EVENTS / 2, base + 50};
            boolean met = true;
            List<String> plan = List.of();
            for (int p = 0; p < names.length; p++) {
                AuditQuery query = AuditQuery.of(workspace, AuditFilter.NONE);
                query.params().addValue("before", before[p]).addValue("skip", 0).addValue("limit", 50);
                String sql = "explain (analyze, buffers) " + AuditService.pageBeforeSql(query);
                List<Double> times = new ArrayList<>();
                for (int run = 0; run < 20; run++) {
                    plan = named.queryForList(sql, query.params(), String.class);
                    times.add(plan.stream().map(EXECUTION::matcher).filter(Matcher::find)
                            .mapToDouble(m -> Double.parseDouble(m.group(1))).findFirst().orElseThrow());
                }
                times.sort(null);
                double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
                met &= p95 <= 50;
                System.out.printf("%-10s (seq < %s): p95 %.3f ms, median %.3f ms over 20 runs (target <= 50 ms)%n",
                        names[p], before[p] == Long.MAX_VALUE ? "max" : before[p] - base + " of " + (last - base),
                        p95, times.get(9));
            }
            System.out.println("plan of the end page:");
            plan.forEach(line -> System.out.println("  " + line));
            System.out.println(met ? "TARGET MET" : "TARGET MISSED");
        } finally {
            context.close();
        }
    }
}
