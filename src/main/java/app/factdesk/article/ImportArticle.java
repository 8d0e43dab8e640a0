package app.factdesk.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The command to import an article. The body is normalized (NFC, {@code \n}) once, then never changes. */
public record ImportArticle(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = ArticleService.MAX_BODY_LENGTH) String body,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}") String language,
        @NotBlank @Pattern(regexp = "ltr|rtl") String direction,
        @Size(max = 200) String outlet,
        @Size(max = 200) String author,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
        LocalDate publishedOn) {
}
