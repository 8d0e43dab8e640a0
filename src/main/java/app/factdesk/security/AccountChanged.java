package app.factdesk.security;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * An installation administrator changed an account: {@code account.enabled}, {@code account.disabled},
 * {@code account.password_reset}, {@code account.unlocked}, {@code account.installation_admin_changed}. Recorded in the
 * account-level chain (workspace null) and in the chain of every workspace the account belongs to.
 */
public record AccountChanged(Long workspaceId, String action, long userId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "account";
    }

    @Override
    public String objectId() {
        return Long.toString(userId);
    }
}
