package app.factdesk.verification;

/** A task was given to someone (on creation or reassignment); published inside the transaction of the change. */
public record TaskAssigned(long workspaceId, long taskId, long claimId, long articleId, String title, long assigneeId,
        Long actorId, String actorName) {
}
