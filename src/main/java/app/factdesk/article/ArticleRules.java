package app.factdesk.article;

import app.factdesk.shared.TextLanguage;
import app.factdesk.shared.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Checks an import and fills its defaults; every refusal names the field and the rule. */
final class ArticleRules {

    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 200;
    static final int MAX_URL = 2000;
    private static final Set<String> LANGUAGES = Set.of("ar", "en", "fr", "fa", "ur", "he", "es", "de", "ru", "tr");

    private ArticleRules() {
    }

    /** The command with defaults applied and the body normalized, or a {@link UserFacingException}. */
    static ImportArticle complete(ImportArticle command) {
        if (command.body() == null || command.body().isBlank()) {
            throw new UserFacingException("article.body-empty");
        }
        String body = ArticleService.normalize(command.body());
        if (body.length() > ArticleService.MAX_BODY_LENGTH) {
            throw new UserFacingException("article.body-too-long", body.length(), ArticleService.MAX_BODY_LENGTH);
        }
        String title = blank(command.title()) ? firstLine(body) : command.title().strip();
        if (title.length() > MAX_TITLE) {
            throw new UserFacingException("article.title-too-long", MAX_TITLE);
        }
        String language = blank(command.language()) ? TextLanguage.detect(body) : command.language().strip();
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("article.language-invalid");
        }
        String direction = blank(command.direction()) ? TextLanguage.direction(language) : command.direction();
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            throw new UserFacingException("article.direction-invalid");
        }
        return new ImportArticle(title, body, language, direction, name(command.outlet(), "article.outlet-too-long"),
                name(command.author(), "article.author-too-long"), url(command.url()), command.publishedOn());
    }

    static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_TITLE ? line : line.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String name(String value, String tooLongKey) {
        if (blank(value)) {
            return null;
        }
        if (value.strip().length() > MAX_NAME) {
            throw new UserFacingException(tooLongKey, MAX_NAME);
        }
        return value.strip();
    }

    /** http or https with a host; anything else (javascript:, data:, relative, spaces) is refused. */
    static String url(String value) {
        if (blank(value)) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (url.length() > MAX_URL || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new UserFacingException("article.url-invalid");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UserFacingException("article.url-invalid");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
