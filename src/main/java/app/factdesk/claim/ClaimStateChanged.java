package app.factdesk.claim;

import java.util.Map;

/**
 * A claim moved through its workflow ({@code claim.rejected}, {@code claim.verdict_proposed}...). Published inside
 * the transaction of the change: the audit log records it there; notifications follow from it.
 * {@code concernedUserId} is whom the change is about when that is not the actor (e.g. the proposer of a verdict
 * that was approved or returned), or null. {@code before}/{@code after} hold the audited state fields.
 */
public record ClaimStateChanged(Long workspaceId, long claimId, long articleId, String statement, ClaimState from,
        ClaimState to, ClaimAction transition, Long actorId, Long concernedUserId, String reason,
        Map<String, Object> before, Map<String, Object> after) implements ClaimEvent {

    @Override
    public String action() {
        return transition.auditAction();
    }
}
