package app.factdesk.security;

import app.factdesk.shared.AuditActor;
import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * A sign-in succeeded, failed, was throttled, or locked an account ({@code auth.login_succeeded},
 * {@code auth.login_failed}, {@code auth.login_throttled}, {@code auth.locked}). Account-level: it belongs to no
 * workspace, so it goes to the account chain. The actor is the
 * account tried (id null when no such account exists).
 */
public record SignInEvent(String action, Long userId, String username, Map<String, Object> after)
        implements Auditable {

    @Override
    public Long workspaceId() {
        return null;
    }

    @Override
    public String objectType() {
        return "account";
    }

    @Override
    public String objectId() {
        return userId == null ? null : Long.toString(userId);
    }

    @Override
    public AuditActor actor() {
        return new AuditActor(userId, username);
    }
}
