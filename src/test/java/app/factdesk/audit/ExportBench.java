package app.factdesk.audit;

import app.factdesk.FactDeskApplication;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import app.factdesk.security.Role;
import java.io.OutputStream;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Export benchmarks on the embedded PostgreSQL. {@code csv}: 1,000,000 generated audit events, the app's CSV export
 * against psql's {@code \copy} of the same SELECT, and the export's heap at 100,000 and 1,000,000 events.
 * {@code pdf}: the PDF report of an article with 200 claims and 10,000, then 100,000 events.
 */
public final class ExportBench {

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final TestUsers users;
    private final TwoWorkspaces fixtures;

    private ExportBench(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(app.factdesk.OwnerDatabase.class).jdbc();
        this.users = context.getBean(TestUsers.class);
        this.fixtures = context.getBean(TwoWorkspaces.class);
    }

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(FactDeskApplication.class).profiles("test")
                .properties("server.port=0", "logging.level.root=warn", "spring.main.lazy-initialization=true")
                // production's PDF parts, not the tests' small ones (arguments: they override the test profile)
                .run("--factdesk.exports.pdf-claims-per-part=500", "--factdesk.exports.pdf-events-per-part=10000");
        try {
            ExportBench bench = new ExportBench(context);
            if ("pdf".equals(args[0])) {
                bench.pdf();
            } else {
                bench.csv();
            }
        } finally {
            context.close();
        }
    }

    /** Appends {@code count} events about the given claims (one changed field each) outside the chain. */
    private void generate(long workspaceId, int count, long[] claimIds) {
        long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event where workspace_id = ?",
                Long.class, workspaceId) + 1_000_000;
        Long[] ids = java.util.Arrays.stream(claimIds).boxed().toArray(Long[]::new);
        jdbc.update("""
                insert into audit_event (workspace_id, seq, occurred_at, actor_id, actor_name, action, object_type,
                    object_id, before, after, channel, prev_hash, hash)
                select ?, ? + g, now() - make_interval(secs => g), null, 'bench', 'claim.edited', 'claim',
                       (?::bigint[])[1 + g % cardinality(?::bigint[])]::text,
                       jsonb_build_object('statement', 'قال المتحدث ' || g),
                       jsonb_build_object('statement', 'Peskov said, per briefing ' || g), 'UI', repeat('0', 64),
                       md5(g::text) || md5(g::text)
                from generate_series(1, ?) g
                """, workspaceId, seq, ids, ids, count);
        jdbc.execute("analyze audit_event");
    }

    private String editorOf(TwoWorkspaces.Other desk) {
        return fixtures.addMember(desk, Role.EDITOR, "Bench Editor");
    }

    private void csv() throws Exception {
        ExportService exports = context.getBean(ExportService.class);
        TwoWorkspaces.Other small = fixtures.createOther();
        TwoWorkspaces.Other large = fixtures.createOther();
        generate(small.workspaceId(), 100_000, new long[] {1, 2, 3});
        generate(large.workspaceId(), 1_000_000, new long[] {1, 2, 3});
        String smallEditor = editorOf(small);
        String largeEditor = editorOf(large);
        Runnable exportSmall = () -> export(exports, smallEditor);
        Runnable exportLarge = () -> export(exports, largeEditor);
        exportSmall.run();
        app.factdesk.HeapDuring smallHeap = app.factdesk.HeapDuring.of(exportSmall);
        app.factdesk.HeapDuring largeHeap = app.factdesk.HeapDuring.of(exportLarge);
        double app = Double.MAX_VALUE;
        double psql = Double.MAX_VALUE;
        String sql = AuditStream.fieldsSql("workspace_id = " + large.workspaceId()).replace('\n', ' ');
        String port = jdbc.queryForObject("show port", String.class);
        for (int run = 0; run < 3; run++) {
            app = Math.min(app, seconds(exportLarge));
            psql = Math.min(psql, seconds(() -> psql(port, "\\copy (" + sql + ") TO '/dev/null' CSV HEADER")));
        }
        System.out.printf("rows: 1,000,000 audit events (one changed field each) in one workspace%n");
        System.out.printf("app CSV export:  %.2f s (best of 3)%n", app);
        System.out.printf("psql \\copy:      %.2f s (best of 3, same SELECT)%n", psql);
        System.out.printf("ratio app/psql:  %.2f   (goal <= 1.5)%n", app / psql);
        System.out.printf("export heap, 100,000 events:   peak live after GC %d MB, peak used %d MB%n",
                smallHeap.liveMb(), smallHeap.usedMb());
        System.out.printf("export heap, 1,000,000 events: peak live after GC %d MB, peak used %d MB%n",
                largeHeap.liveMb(), largeHeap.usedMb());
    }

    private void export(ExportService exports, String editor) {
        users.as(editor, () -> {
            try {
                return exports.download(ExportRequest.auditCsv(null, null, false),
                        (name, type) -> OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void psql(String port, String command) {
        try {
            Process process = new ProcessBuilder("/usr/bin/psql", "-q", "-h", "localhost", "-p", port, "-U",
                    "postgres", "-d", "postgres", "-c", command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql failed");
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pdf() throws Exception {
        ExportService exports = context.getBean(ExportService.class);
        ArticleService articles = context.getBean(ArticleService.class);
        ClaimService claims = context.getBean(ClaimService.class);
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String editor = editorOf(desk);
        long[] claimIds = users.as(editor, () -> {
            String body = articles.find(articleId).orElseThrow().body();
            long[] ids = new long[200];
            for (int i = 0; i < ids.length; i++) {
                int start = (i * 10) % (body.length() - 60);
                while (Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
                String exact = body.substring(start, start + 40);
                ids[i] = claims.create(new CreateClaim(articleId, start, start + 40, exact, new ClaimFields(
                        "Bench claim " + i, "Dmitry Peskov", null, Priority.NORMAL, List.of()), null)).id();
            }
            return ids;
        });
        long existing = jdbc.queryForObject("select count(*) from audit_event where workspace_id = ?", Long.class,
                desk.workspaceId());
        generate(desk.workspaceId(), (int) (10_000 - existing), claimIds);
        Runnable report = () -> users.as(editor, () -> {
            try {
                return exports.download(ExportRequest.ofArticle(ExportKind.PDF, articleId),
                        (name, type) -> OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        report.run();
        double ten = seconds(report);
        generate(desk.workspaceId(), 90_000, claimIds);
        double hundred = seconds(report);
        System.out.printf("PDF report, 200 claims, 10,000 events:  %.2f s   (goal <= 3 s)%n", ten);
        System.out.printf("PDF report, 200 claims, 100,000 events: %.2f s%n", hundred);
        System.out.printf("ratio: %.2f   (goal <= 11 for 10x the events)%n", hundred / ten);
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
