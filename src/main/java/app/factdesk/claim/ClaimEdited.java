package app.factdesk.claim;

import java.util.Map;

/** The team changed a claim's fields; only the fields that changed, before and after. */
public record ClaimEdited(Long workspaceId, long claimId, Map<String, Object> before, Map<String, Object> after)
        implements ClaimEvent {

    @Override
    public String action() {
        return "claim.edited";
    }
}
