package app.factdesk.api;

import app.factdesk.article.ImportArticle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/articles}: only the body is required. The title defaults to the first line, the language is
 * detected and the direction follows it; {@code allowDuplicate} imports a body the workspace already has.
 */
record ImportArticleRequest(String title, @NotNull(message = "api.field.required") String body, String language,
        String direction, String outlet, String author, String url, LocalDate publishedOn, Boolean allowDuplicate) {

    ImportArticle toCommand() {
        return new ImportArticle(title, body, language, direction, outlet, author, url, publishedOn);
    }

    boolean duplicateAllowed() {
        return Boolean.TRUE.equals(allowDuplicate);
    }
}
