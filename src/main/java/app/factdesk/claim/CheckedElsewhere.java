package app.factdesk.claim;

import java.time.LocalDate;

/**
 * A published fact-check from the workspace's reference library that may be about the same claim as a text: what
 * it reviewed, its rating, who published it and when, where, and the match score in 0..1 (lowered, like
 * {@link SimilarClaim}'s, where numbers or names differ).
 */
public record CheckedElsewhere(long id, String claimReviewed, String rating, String publisher, String url,
        LocalDate published, double score, boolean numbersDiffer, boolean namesDiffer) {
}
