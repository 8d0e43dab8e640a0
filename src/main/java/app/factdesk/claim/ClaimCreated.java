package app.factdesk.claim;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** A claim was drawn from an article; {@code after} holds its initial fields. */
public record ClaimCreated(Long workspaceId, long claimId, Map<String, Object> after) implements Auditable {

    @Override
    public String action() {
        return "claim.created";
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
