package app.factdesk.api;

import app.factdesk.article.ArticleRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A page of the workspace's articles, newest first, without bodies; {@code total} counts them all. */
record ArticlePage(List<Item> items, int offset, int limit, long total) {

    record Item(long id, String title, String language, String direction, String outlet, LocalDate publishedOn,
            Instant importedAt) {

        static Item of(ArticleRow row) {
            return new Item(row.id(), row.title(), row.language(), row.direction(), row.outlet(), row.publishedOn(),
                    row.importedAt());
        }
    }
}
