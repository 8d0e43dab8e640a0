package app.factdesk.verdict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many distinct editors must approve a verdict, and the ClaimReview range {@code worstRating..bestRating};
 * {@code version} is the one the editor saw, checked on save.
 */
public record VerdictSettingsRow(@Min(1) @Max(5) int approvalsRequired, int worstRating, int bestRating,
        long version) {

    public boolean inRange(Integer value) {
        return value == null || (value >= worstRating && value <= bestRating);
    }
}
