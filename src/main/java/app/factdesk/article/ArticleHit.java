package app.factdesk.article;

/** An article matching a search, with a snippet whose matches are marked (see {@code SearchText}). */
public record ArticleHit(long id, String title, String direction, String snippet) {
}
