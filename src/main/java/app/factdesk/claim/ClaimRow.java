package app.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim as the workspace grid lists it, with its article's title. */
public record ClaimRow(long id, long articleId, String articleTitle, String articleDirection, String statement,
        String claimant, LocalDate claimDate, Priority priority, List<String> tags, ClaimState state,
        Instant createdAt) {
}
