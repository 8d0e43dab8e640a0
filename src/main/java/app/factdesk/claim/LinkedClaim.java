package app.factdesk.claim;

import java.time.Instant;

/** A claim linked to another as the same claim, with its state and published verdict label (in the reader's language), if any. */
public record LinkedClaim(long claimId, long articleId, String statement, ClaimState state, String verdict,
        Instant linkedAt) {
}
