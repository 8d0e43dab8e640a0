package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import java.util.List;

/** One article of a report with its claims in text order, read a batch at a time as they are written. */
public record ArticleReport(ArticleDetails article, Rows<ClaimReport> claims) {

    public ArticleReport(ArticleDetails article, List<ClaimReport> claims) {
        this(article, Rows.of(claims));
    }
}
