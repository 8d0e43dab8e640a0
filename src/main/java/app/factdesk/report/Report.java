package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ChainHead;
import java.time.Instant;
import java.util.List;

/**
 * Everything an audit report of one article shows: its claims in text order with their verdicts, sources and tasks,
 * the audit events of the article and of those objects, and the chain head when the report was made.
 */
public record Report(Instant generatedAt, String generatedBy, String workspaceName, ArticleDetails article,
        List<ClaimReport> claims, List<AuditRow> events, ChainHead chainHead) {
}
