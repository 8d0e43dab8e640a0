package app.factdesk.claim;

import java.util.List;

/**
 * Something that can block proposing a verdict on a claim, e.g. required verification tasks that are not done.
 * Other modules implement it; {@link ClaimService#advance} asks every guard before {@code PROPOSE_VERDICT}.
 */
public interface ProposalGuard {

    /** Human-readable names of what still blocks a proposal (empty when nothing does). */
    List<String> blockers(long claimId);
}
