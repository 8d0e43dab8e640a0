package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ChainHead;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an audit report shows: the claims grouped by article (in text order) with their verdicts, sources and
 * tasks, the audit events, and the chain head when the report was made. A report of one article has no range
 * ({@code from} and {@code to} null), one article, and the events of the article and its objects; a report of a
 * date range has the articles of the claims with activity in it and all the workspace's events in it. Claims and
 * events are {@link Rows}: counted up front and read while they are written, inside the export's one transaction.
 */
public record Report(Instant generatedAt, String generatedBy, long workspaceId, String workspaceName, LocalDate from,
        LocalDate to, List<ArticleReport> articles, Rows<AuditRow> events, ChainHead chainHead) {

    /** A report whose events are already in memory (tests). */
    public Report(Instant generatedAt, String generatedBy, long workspaceId, String workspaceName, LocalDate from,
            LocalDate to, List<ArticleReport> articles, List<AuditRow> events, ChainHead chainHead) {
        this(generatedAt, generatedBy, workspaceId, workspaceName, from, to, articles, Rows.of(events), chainHead);
    }

    /** True for a report of a date range. */
    public boolean ofRange() {
        return from != null;
    }

    /** The article of a one-article report (the first one of a range report). */
    public ArticleDetails article() {
        return articles.get(0).article();
    }

    /** All claims of the report, article by article. */
    public Rows<ClaimReport> claims() {
        return Rows.concat(articles.stream().map(ArticleReport::claims).toList());
    }
}
