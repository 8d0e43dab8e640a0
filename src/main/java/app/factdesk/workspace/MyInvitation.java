package app.factdesk.workspace;

import app.factdesk.security.Role;
import java.time.Instant;

/** A pending invitation to the signed-in person: which workspace, with which role, from whom. */
public record MyInvitation(long id, long workspaceId, String workspaceName, Role role, String invitedBy, Instant createdAt) {
}
