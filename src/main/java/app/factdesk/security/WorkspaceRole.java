package app.factdesk.security;

/** A user's role in one workspace. */
public record WorkspaceRole(long workspaceId, String workspaceName, Role role) {
}
