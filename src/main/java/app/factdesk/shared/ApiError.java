package app.factdesk.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every REST API error: the HTTP status, a stable message key ({@code error}) and its English text.
 * A key without an English text yet falls back to the generic text for the status ({@code api.error.<status>}).
 * {@code existingId} names the article a duplicate import collided with; {@code fields} lists rejected input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, Long existingId, List<FieldProblem> fields) {

    /** One rejected request field: its JSON path, the rule's key and the rule in English. */
    public record FieldProblem(String field, String error, String message) {
    }

    public static ApiError of(int status, String key, Object... arguments) {
        return new ApiError(status, key, englishText(status, key, arguments), null, null);
    }

    public ApiError withExistingId(long id) {
        return new ApiError(status, error, message, id, fields);
    }

    public ApiError withFields(List<FieldProblem> problems) {
        return new ApiError(status, error, message, existingId, List.copyOf(problems));
    }

    static String englishText(int status, String key, Object... arguments) {
        return EnglishMessages.text(key, arguments)
                .or(() -> EnglishMessages.text("api.error." + status))
                .orElse("HTTP " + status);
    }
}
