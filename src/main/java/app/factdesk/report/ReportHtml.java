package app.factdesk.report;

import app.factdesk.audit.AuditActions;
import app.factdesk.audit.AuditRow;
import app.factdesk.shared.TextLanguage;
import app.factdesk.verdict.SignOffRow;
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.snapshot.SnapshotRow;
import app.factdesk.verification.TaskRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The report as XHTML for the PDF renderer. Every piece of user text is escaped and carries its own direction
 * ({@code dir} from its letters), so an Arabic quote inside English labels is laid out right to left.
 */
final class ReportHtml {

    /** Dates and times of the report, in one place. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** The page with its "n / total" footer; a report rendered in parts gets its footer stamped after merging. */
    private static final String PAGE = """
            @page { size: A4; margin: 18mm 15mm; @bottom-center { content: counter(page) " / " counter(pages);
              font-family: 'DejaVu Sans'; font-size: 8pt; } }
            """;
    static final String PAGE_OF_A_PART = "@page { size: A4; margin: 18mm 15mm; }\n";
    private static final String CSS = """
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.45; }
            h1 { font-size: 16pt; } h2 { font-size: 12.5pt; border-bottom: 1px solid #888; margin-top: 14pt; }
            h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
            .quote { border-right: 3px solid #b35; border-left: 3px solid #b35; padding: 3pt 6pt; background: #f6f1f2; }
            .muted { color: #555; } .event { font-size: 8pt; border-bottom: 1px solid #ddd; padding: 1pt 0; }
            .hash { font-size: 7.5pt; word-wrap: break-word; } .when { white-space: nowrap; }
            .verdict { margin: 6pt 0; } .strong { font-weight: bold; }
            .gap { font-size: 8pt; color: #555; font-style: italic; padding: 1pt 0; }
            """;

    private final StringBuilder html = new StringBuilder(64 * 1024);
    /** A long report is cut into documents of at most this many claims and events, rendered one after the other. */
    private final int claimsPerPart;
    private final int eventsPerPart;
    private final boolean inParts;
    /** Takes each part as soon as it is complete, so that only one part's text exists at a time. */
    private final java.util.function.Consumer<String> parts;
    private int claimsInPart;
    private int eventsInPart;

    private ReportHtml(int claimsPerPart, int eventsPerPart, boolean inParts,
            java.util.function.Consumer<String> parts) {
        this.parts = parts;
        this.claimsPerPart = claimsPerPart;
        this.eventsPerPart = eventsPerPart;
        this.inParts = inParts;
    }

    static String of(Report report) {
        java.util.List<String> whole = new java.util.ArrayList<>(1);
        new ReportHtml(Integer.MAX_VALUE, Integer.MAX_VALUE, false, whole::add).build(report);
        return whole.get(0);
    }

    /**
     * The report as one document when it has at most {@code claimsPerPart} claims and {@code eventsPerPart} events;
     * otherwise as several, each starting on a new page and without the page footer (the renderer numbers the
     * merged pages), so that no single layout has to hold a report of thousands of claims.
     */
    static java.util.List<String> parts(Report report, int claimsPerPart, int eventsPerPart) {
        java.util.List<String> all = new java.util.ArrayList<>();
        parts(report, claimsPerPart, eventsPerPart, all::add);
        return all;
    }

    /** The same, each part given to {@code each} as soon as it is complete, before the next one is written. */
    static void parts(Report report, int claimsPerPart, int eventsPerPart,
            java.util.function.Consumer<String> each) {
        new ReportHtml(claimsPerPart, eventsPerPart, inParts(report, claimsPerPart, eventsPerPart), each)
                .build(report);
    }

    /** Whether the report is cut into parts: more than {@code claimsPerPart} claims or {@code eventsPerPart} events. */
    static boolean inParts(Report report, int claimsPerPart, int eventsPerPart) {
        return report.claims().size() > claimsPerPart || report.events().size() > eventsPerPart;
    }

    /** The document's subject (openhtmltopdf's accessibility check asks for one): what the report holds. */
    static final String DESCRIPTION = "Fact Desk audit report: claims, verdicts, sources, tasks and audit events";

    private void open() {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Audit report</title>"
                + "<meta name=\"subject\" content=\"" + DESCRIPTION + "\"/><style>")
                .append(inParts ? PAGE_OF_A_PART : PAGE).append(CSS).append("</style></head><body>");
    }

    private void close() {
        parts.accept(html.append("</body></html>").toString());
        html.setLength(0);
        claimsInPart = 0;
        eventsInPart = 0;
    }

    private void build(Report report) {
        open();
        html.append("<h1>Audit report</h1>");
        line("Workspace", report.workspaceName());
        html.append("<div><span class=\"muted\">Generated:</span> ").append(when(report.generatedAt()))
                .append(span(" by " + esc(report.generatedBy()))).append("</div>");
        if (report.ofRange()) {
            line("Range (UTC days, both included)", report.from() + " to " + report.to());
            html.append("<p class=\"muted\">Claims created in the range or named by one of its audit events, by "
                    + "article; ").append(report.claims().size()).append(" claims in ")
                    .append(report.articles().size()).append(" articles.</p>");
        }
        int n = 1;
        for (ArticleReport section : report.articles()) {
            var article = section.article();
            if (claimsInPart == claimsPerPart && !section.claims().isEmpty()) {
                close(); // a full part: the next article's heading starts the next one, with its claims
                open();
            }
            html.append("<h2>Article</h2>");
            html.append("<h3 dir=\"").append(article.direction()).append("\">").append(esc(article.title()))
                    .append("</h3>");
            line("Outlet", article.outlet());
            line("Author", article.author());
            line("URL", article.url());
            line("Published", article.publishedOn() == null ? null : article.publishedOn().toString());
            line("Language", article.language());
            html.append(report.ofRange() ? "<h2>Claims of this article (" : "<h2>Claims (")
                    .append(section.claims().size()).append(")</h2>");
            for (ClaimReport claim : section.claims()) {
                if (claimsInPart == claimsPerPart) {
                    close();
                    open();
                }
                claimsInPart++;
                claim(n++, claim, article.direction());
            }
        }
        html.append(report.ofRange() ? "<h2>Audit events of the range (" : "<h2>Audit events (").append(report.events().size()).append(")</h2>");
        html.append("<p class=\"muted\">The changed values of each event are in the JSON report and the CSV export.");
        if (!report.ofRange()) {
            html.append(" Events are numbered by their place in the workspace's audit chain, which records the whole "
                    + "workspace; where numbers are missing, those events concern other articles and claims and are "
                    + "not part of this report.");
        }
        html.append("</p>");
        events(report.events());
        html.append("<h2>Chain head</h2>");
        line("Events in the workspace's chain", Long.toString(report.chainHead().count()));
        html.append("<p class=\"hash\">Head hash (SHA-256): ").append(report.chainHead().hash()).append("</p>");
        html.append("<p>To verify: keep this count and hash. An editor's \"Verify chain\" in the audit log (or the API's "
                + "chain verification) recomputes every event's hash, SHA-256 of the previous hash and the event's "
                + "canonical bytes, and must report OK with a count at least this "
                + "large; the event with this number must still carry this hash. Anything else means events were "
                + "removed or altered.</p>");
        close();
    }

    /**
     * One plain line per event: no bold run for the action (a run of another font per event), escaping only when
     * needed, and a direction span only for an actor name that is not plain ASCII. The event lines are most of a
     * large report's layout time.
     */
    private void events(Iterable<AuditRow> events) {
        long previous = -1;
        for (AuditRow event : events) {
            if (previous >= 0 && Math.abs(event.seq() - previous) > 1) {
                gap(Math.min(previous, event.seq()) + 1, Math.max(previous, event.seq()) - 1);
            }
            previous = event.seq();
            if (eventsInPart == eventsPerPart) {
                close();
                open();
            }
            eventsInPart++;
            html.append("<div class=\"event\">#").append(event.seq()).append(' ')
                    .append(TIME.format(event.occurredAt())).append(' ');
            String actor = event.actorName();
            html.append(actor == null || ascii(actor) ? esc(actor) : text(actor));
            html.append(" · ").append(esc(ReportLabels.of("audit.action.", AuditActions.label(event.action()))))
                    .append(" · ").append(esc(event.objectType())).append(' ').append(esc(event.objectId()))
                    .append(' ').append(event.channel()).append("</div>");
        }
    }

    private void gap(long first, long last) {
        html.append("<div class=\"gap\">").append(first == last ? "Event #" + first + " concerns"
                : "Events #" + first + " to #" + last + " concern").append(" other objects of the workspace.</div>");
    }

    private static boolean ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void claim(int n, ClaimReport section, String articleDirection) {
        var claim = section.claim();
        html.append("<h3>Claim ").append(n).append(" · ").append(ReportLabels.of("state.", claim.state()))
                .append(" · ").append(ReportLabels.of("priority.", claim.priority())).append(" priority</h3>");
        html.append("<div class=\"quote\" dir=\"").append(articleDirection).append("\">")
                .append(esc(claim.anchor().exact())).append("</div>");
        line("Statement", claim.statement());
        line("Claimant", claim.claimant());
        line("Claim date", claim.claimDate() == null ? null : claim.claimDate().toString());
        for (VerdictRow v : section.verdicts()) {
            verdict(v);
        }
        for (SourceRow s : section.sources()) {
            source(s, section.snapshotsOf(s.id()));
        }
        for (TaskRow t : section.tasks()) {
            html.append("<p class=\"muted\">Task: ").append(text(t.title())).append(" · ")
                    .append(ReportLabels.of("task.status.", t.status()))
                    .append(t.assigneeName() == null ? "" : " · " + text(t.assigneeName()))
                    .append(t.dueDate() == null ? "" : " · due " + t.dueDate())
                    .append("</p>");
        }
    }

    /**
     * A verdict, one line each: rating and status, proposal, rationale, sign-offs, publication. A line with a time is
     * made of spans only: a span is drawn after the direct text of its line, so mixing both would put the time out of
     * order in the text layer; sibling spans keep their order, and the time's span keeps it on one line.
     */
    private void verdict(VerdictRow v) {
        html.append("<div class=\"verdict\"><div class=\"strong\">")
                .append(span("Verdict: " + esc(v.rating().labelEn()) + " / ")).append(span(text(v.rating().labelAr())))
                .append(span(" (" + ReportLabels.of("verdict.status.", v.status()) + (v.correction() ? ", correction" : "")
                        + ")"))
                .append("</div>");
        timed("Proposed by " + esc(v.proposerName()) + ", ", v.proposedAt(), null);
        html.append("<div>").append(text(v.rationale())).append("</div>");
        for (SignOffRow s : v.signOffs()) {
            String decision = s.decision() == app.factdesk.verdict.SignOffDecision.APPROVE ? "Approved" : "Returned";
            timed(decision + " by " + esc(s.editorName()) + ", ", s.decidedAt(), s.reason());
        }
        if (v.publishedAt() != null) {
            timed("Published by " + esc(v.publisherName()) + ", ", v.publishedAt(), null);
        }
        html.append("</div>");
    }

    private void timed(String before, Instant at, String reason) {
        html.append("<div>").append(span(before)).append(when(at));
        if (reason != null) {
            html.append(span(": ")).append(span(text(reason)));
        }
        html.append("</div>");
    }

    private static String span(String content) {
        return "<span>" + content + "</span>";
    }

    /** A date and time that never breaks across lines. */
    private static String when(Instant instant) {
        return instant == null ? "" : "<span class=\"when\">" + TIME.format(instant) + "</span>";
    }

    /** A source: title, publisher when set, type, stance, reliability, URL, and its evidence file with SHA-256. */
    private void source(SourceRow s, java.util.List<SnapshotRow> copies) {
        html.append("<p class=\"muted\">Source: ").append(text(s.title()));
        if (s.publisher() != null && !s.publisher().isBlank()) {
            html.append(" (").append(text(s.publisher())).append(')');
        }
        html.append(" · ").append(esc(ReportLabels.of("source.type.", s.type()))).append(" · stance: ")
                .append(esc(ReportLabels.of("source.stance.", s.stance()))).append(" · reliability ")
                .append(s.reliability()).append("/5<br/>").append(esc(s.url()));
        if (s.hasFile()) {
            html.append("<br/>Evidence file: ").append(text(s.fileName())).append(" (").append(esc(s.fileMediaType()))
                    .append(s.fileSize() == null ? "" : ", " + s.fileSize() + " bytes").append(")<br/>")
                    .append("<span class=\"hash\">SHA-256: ").append(s.fileSha256()).append("</span>");
        }
        // Robust-link style: the original URL above, then each archived copy with its date and hash.
        for (SnapshotRow copy : copies) {
            if (copy.status() == SnapshotRow.Status.CAPTURED) {
                html.append("<br/>Archived copy of ").append(when(copy.finishedAt()))
                        .append(copy.truncated() ? " (cut at the size or time limit)" : "")
                        .append("<br/><span class=\"hash\">WARC SHA-256: ").append(copy.warcSha256())
                        .append("</span>");
            }
        }
        html.append("</p>");
    }

    /** A labelled line; label and value both in spans, so that they are drawn (and extracted) in this order. */
    private void line(String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<div><span class=\"muted\">").append(label).append(": </span><span>").append(text(value))
                    .append("</span></div>");
        }
    }

    /**
     * User text: left-to-right text as it is, right-to-left text in a span of its direction and language. A span is
     * drawn after the rest of its line, so one around text that needs none would put it out of order in the text layer.
     */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String language = TextLanguage.detect(value);
        String direction = TextLanguage.direction(language);
        if ("ltr".equals(direction)) {
            return esc(value);
        }
        return "<span lang=\"" + language + "\" dir=\"" + direction + "\">" + esc(value) + "</span>";
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || (c < 0x20 && c != '\n' && c != '\t')) {
                break;
            }
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
