package app.factdesk.api;

import app.factdesk.article.ArticleDetails;
import java.time.Instant;
import java.time.LocalDate;

/** One article with its body, as {@code GET /api/v1/articles/{id}} returns it. */
record ArticleJson(long id, String title, String body, String language, String direction, String outlet,
        String author, String url, LocalDate publishedOn, Instant importedAt) {

    static ArticleJson of(ArticleDetails article) {
        return new ArticleJson(article.id(), article.title(), article.body(), article.language(), article.direction(),
                article.outlet(), article.author(), article.url(), article.publishedOn(), article.importedAt());
    }
}
