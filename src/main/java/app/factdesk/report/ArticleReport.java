package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import java.util.List;

/** One article of a report with its claims in text order. */
public record ArticleReport(ArticleDetails article, List<ClaimReport> claims) {
}
