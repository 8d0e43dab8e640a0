package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ChainHead;
import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.Priority;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the PDF renderer alone on a synthetic report (N events, 200 claims or as many as the third argument says), no database, for profiling with JFR:
 * {@code java -cp target/test-classes:target/classes:... app.factdesk.report.PdfTiming 10000 6 [claims]}.
 */
final class PdfTiming {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int claimCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String body = app.factdesk.TwoWorkspaces.referenceArticle();
        ArticleDetails article = new ArticleDetails(1, "الكرملين: لا اتصالات بين بوتين وبايدن", body, "ar", "rtl",
                "Sputnik", null, "https://example.org/a", null, Instant.now(), 0);
        List<ClaimReport> claims = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            int start = (i * 10) % (body.length() - 60);
            String exact = body.substring(start, start + 40);
            claims.add(new ClaimReport(new ClaimDetails(i, 1, "Bench claim " + i, "Dmitry Peskov", null,
                    Priority.NORMAL, List.of(), new Anchor(start, start + 40, exact, "", ""), "MANUAL", null,
                    ClaimState.values()[0], null, Instant.now(), Instant.now(), 0), List.of(), List.of(), List.of()));
        }
        List<AuditRow> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (int g = 0; g < events; g++) {
            rows.add(new AuditRow(g, g, now.minusSeconds(g), "bench", "claim.edited", "claim",
                    Integer.toString(g % claimCount), "UI", null, null, "0".repeat(64), 1L, null, "0".repeat(64)));
        }
        Report report = new Report(now, "Bench Editor", 1L, "Desk", null, null,
                List.of(new ArticleReport(article, claims)), rows, new ChainHead(events, "a".repeat(64)));
        PdfReport pdf = new PdfReport();
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            var out = new java.io.ByteArrayOutputStream();
            app.factdesk.HeapDuring heap = app.factdesk.HeapDuring.of(() -> {
                try {
                    pdf.write(report, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (System.getProperty("pdf.out") != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("pdf.out")), out.toByteArray());
            }
            System.out.printf("run %d: %.2f s, %,d bytes, peak live heap after GC %d MB, peak used %d MB%n", r,
                    (System.nanoTime() - t) / 1e9, out.size(), heap.liveMb(), heap.usedMb());
        }
    }
}
