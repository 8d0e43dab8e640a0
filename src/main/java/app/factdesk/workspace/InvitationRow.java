package app.factdesk.workspace;

import app.factdesk.security.Role;
import java.time.Instant;

/** A pending invitation of the current workspace, as its admins see it. */
public record InvitationRow(long id, String invitee, Role role, Instant createdAt) {
}
