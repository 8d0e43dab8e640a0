package app.factdesk.workspace;

import app.factdesk.security.Role;

/** A member of the current workspace as other members may see them: for assignee choice and @mentions. */
public record MemberEntry(long userId, String username, String displayName, Role role) {
}
