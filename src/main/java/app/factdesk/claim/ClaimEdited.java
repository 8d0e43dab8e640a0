package app.factdesk.claim;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** The team changed a claim's fields; only the fields that changed, before and after. */
public record ClaimEdited(Long workspaceId, long claimId, Map<String, Object> before, Map<String, Object> after)
        implements Auditable {

    @Override
    public String action() {
        return "claim.edited";
    }

    @Override
    public String objectType() {
        return "claim";
    }

    @Override
    public String objectId() {
        return Long.toString(claimId);
    }
}
