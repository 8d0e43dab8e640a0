package app.factdesk.claim;

/**
 * A claim moved from one state to another. Published inside the transaction of the change; listeners that notify
 * people should run after commit. {@code concernedUserId} is whom the change is about when that is not the actor
 * (e.g. the proposer of a verdict that was approved or returned), or null.
 */
public record ClaimStateChanged(long workspaceId, long claimId, long articleId, String statement, ClaimState from,
        ClaimState to, ClaimAction action, Long actorId, Long concernedUserId, String reason) {
}
