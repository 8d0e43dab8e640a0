package app.factdesk.workspace;

import app.factdesk.security.Role;

/**
 * One member of the current workspace, as the members screen lists them: {@code enabled} is the account (changed by an
 * installation administrator only), {@code suspended} the membership in this workspace.
 */
public record MemberRow(long userId, String username, String displayName, Role role, boolean enabled,
        boolean suspended) {
}
