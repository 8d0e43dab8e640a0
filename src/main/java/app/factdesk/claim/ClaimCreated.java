package app.factdesk.claim;

/**
 * A claim was created (in {@code DRAFT}). Published inside the creating transaction, so listeners that add to the
 * new claim (e.g. the workspace's default tasks) commit or roll back with it. {@code creatorId} is null for the system.
 */
public record ClaimCreated(long workspaceId, long claimId, long articleId, Long creatorId) {
}
