package app.factdesk.article;

import java.time.LocalDate;

/**
 * The command to import an article. Title, language and direction may be left null: the title defaults to the
 * first line, the language is detected from the letters and the direction follows the language. The body is
 * normalized (NFC, {@code \n}) once, then never changes.
 */
public record ImportArticle(String title, String body, String language, String direction, String outlet,
        String author, String url, LocalDate publishedOn) {

    public static ImportArticle ofText(String body) {
        return new ImportArticle(null, body, null, null, null, null, null, null);
    }
}
