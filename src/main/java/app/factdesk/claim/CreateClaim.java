package app.factdesk.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A new claim from a selection (or an accepted suggestion): the offsets and exact quote the browser saw, checked
 * against the stored body. {@code suggestionScore} is set only when it came from a suggestion.
 */
public record CreateClaim(long articleId, @PositiveOrZero int start, @PositiveOrZero int end, @NotNull String exact,
        @Valid @NotNull ClaimFields fields, Double suggestionScore) {
}
