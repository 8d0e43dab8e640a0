package app.factdesk.security;

import java.util.List;
import java.util.Optional;

/** How security learns which workspaces a user belongs to; implemented by the workspace module. */
public interface MembershipDirectory {

    /** The user's memberships, ordered by workspace name. */
    List<WorkspaceRole> membershipsOf(long userId);

    default Optional<WorkspaceRole> membership(long userId, long workspaceId) {
        return membershipsOf(userId).stream().filter(m -> m.workspaceId() == workspaceId).findFirst();
    }
}
