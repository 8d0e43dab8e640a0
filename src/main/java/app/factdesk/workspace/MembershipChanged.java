package app.factdesk.workspace;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * A workspace's membership changed: {@code member.added}, {@code member.role_changed}, {@code member.suspended},
 * {@code member.reinstated} or {@code member.removed}; the object is the member's user account. Published twice: in
 * the workspace's chain and in the account-level chain (workspace null, the workspace id among the fields).
 */
public record MembershipChanged(Long workspaceId, String action, long userId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "member";
    }

    @Override
    public String objectId() {
        return Long.toString(userId);
    }
}
