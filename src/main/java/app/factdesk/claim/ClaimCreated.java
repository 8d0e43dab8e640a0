package app.factdesk.claim;

import java.util.Map;

/**
 * A claim was drawn from an article (in {@code DRAFT}). Published inside the creating transaction, so the audit log
 * and listeners that add to the new claim (e.g. the workspace's default tasks) commit or roll back with it.
 * {@code creatorId} is null for the system; {@code after} holds the audited initial fields.
 */
public record ClaimCreated(Long workspaceId, long claimId, long articleId, Long creatorId, Map<String, Object> after)
        implements ClaimEvent {

    @Override
    public String action() {
        return "claim.created";
    }
}
