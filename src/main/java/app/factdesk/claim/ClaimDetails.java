package app.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One claim as its views show it. {@code version} goes back with every edit to detect conflicts. */
public record ClaimDetails(long id, long articleId, String statement, String claimant, LocalDate claimDate,
        Priority priority, List<String> tags, Anchor anchor, String origin, Double suggestionScore, ClaimState state,
        String rejectionReason, java.time.Instant createdAt, Instant updatedAt, long version) {
}
