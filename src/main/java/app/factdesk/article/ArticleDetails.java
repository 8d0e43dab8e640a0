package app.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article with its body, as the reading view shows it. */
public record ArticleDetails(long id, String title, String body, String language, String direction, String outlet,
        String author, String url, LocalDate publishedOn, Instant importedAt, long version) {
}
