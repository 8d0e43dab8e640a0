package app.factdesk.workspace;

import app.factdesk.security.Role;

/** One member of the current workspace, as the members screen lists them. */
public record MemberRow(long userId, String username, String displayName, Role role, boolean enabled) {
}
