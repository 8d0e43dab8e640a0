package app.factdesk.claim;

/**
 * A claim of the workspace that may say the same thing as a text: its score in 0..1 (trigram similarity of the
 * folded statement or quote, stem overlap, lowered where numbers or names differ), its state and, when one is
 * published, its verdict's rating label.
 */
public record SimilarClaim(long claimId, long articleId, String statement, ClaimState state, String verdict,
                           double score, boolean numbersDiffer, boolean namesDiffer) {
}
