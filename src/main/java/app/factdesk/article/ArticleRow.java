package app.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article as lists show it. */
public record ArticleRow(long id, String title, String language, String direction, String outlet,
        LocalDate publishedOn, Instant importedAt) {
}
