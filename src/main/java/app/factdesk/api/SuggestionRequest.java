package app.factdesk.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/claim-suggestions}: a text of at most 200,000 characters; language "ar", "en" or null. */
record SuggestionRequest(
        @NotNull(message = "api.field.required")
        @Size(max = SuggestionRequest.MAX_TEXT, message = "api.suggestions.text-too-long") String text,
        @Pattern(regexp = "ar|en", message = "api.suggestions.language-invalid") String language) {

    static final int MAX_TEXT = 200_000;
}
