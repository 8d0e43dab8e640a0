package app.factdesk.claim;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim side of a sign-off step. Only the verdict workflow ({@code VerdictService}, which owns the rule table of
 * ADR 009) may call it, inside the transaction that changes the verdict: {@code ArchitectureTest} fails the build for
 * any other caller, so no public entry point can move a claim to a verdict state without a verdict.
 */
@Component
public class VerdictSteps {

    private final ClaimRepository claims;
    private final ClaimService service;
    private final CurrentUser currentUser;
    private final List<ProposalGuard> proposalGuards;

    VerdictSteps(ClaimRepository claims, ClaimService service, CurrentUser currentUser,
            List<ProposalGuard> proposalGuards) {
        this.claims = claims;
        this.service = service;
        this.currentUser = currentUser;
        this.proposalGuards = proposalGuards;
    }

    /**
     * Locks the claim for the rest of the caller's transaction and applies a verdict action that the transition
     * table allows for the signed-in role. {@code PROPOSE_VERDICT} is refused while a {@link ProposalGuard} reports a
     * blocker. {@code concernedUserId} is the proposer when someone else decides.
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ClaimDetails apply(long claimId, ClaimAction action, String reason, Long concernedUserId) {
        if (!ClaimTransitions.VERDICT_ACTIONS.contains(action)) {
            throw new IllegalArgumentException(action + " is not a sign-off step");
        }
        Claim claim = claims.lockByIdAndWorkspaceId(claimId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("claim.not-found"));
        if (action == ClaimAction.PROPOSE_VERDICT) {
            requireNoBlockers(claimId);
        }
        return service.changeState(claim, action, reason, concernedUserId);
    }

    /** Refuses a proposal (or a correction) while something such as an open required task blocks it. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireNoBlockers(long claimId) {
        List<String> blockers = proposalGuards.stream().flatMap(g -> g.blockers(claimId).stream()).toList();
        if (!blockers.isEmpty()) {
            throw new UserFacingException("claim.proposal-blocked", String.join(", ", blockers));
        }
    }

    /** What blocks a proposal now (empty when nothing does), for forms that say so before the click. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> blockers(long claimId) {
        return proposalGuards.stream().flatMap(g -> g.blockers(claimId).stream()).toList();
    }
}
