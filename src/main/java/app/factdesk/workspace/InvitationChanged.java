package app.factdesk.workspace;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * An invitation to a workspace: {@code invitation.sent}, {@code invitation.accepted}, {@code invitation.declined} or
 * {@code invitation.revoked}. Recorded in the workspace's chain and in the account-level chain.
 */
public record InvitationChanged(Long workspaceId, String action, long invitationId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "invitation";
    }

    @Override
    public String objectId() {
        return Long.toString(invitationId);
    }
}
