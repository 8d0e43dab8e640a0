package app.factdesk.security;

import java.util.List;
import java.util.Optional;

/** How security learns which workspaces a user belongs to; implemented by the workspace module. */
public interface MembershipDirectory {

    /** The user's active (not suspended) memberships, ordered by workspace name: where they may work. */
    List<WorkspaceRole> membershipsOf(long userId);

    default Optional<WorkspaceRole> membership(long userId, long workspaceId) {
        return membershipsOf(userId).stream().filter(m -> m.workspaceId() == workspaceId).findFirst();
    }

    /**
     * Every workspace the user is a member of, suspended or not: where an account-wide change must be audited.
     * Spans workspaces on purpose (installation administration).
     */
    List<Long> workspaceIdsOfAcrossWorkspaces(long userId);

    /**
     * The names of the workspaces where this user is the only enabled, active admin: disabling the account would leave
     * them without one. Spans workspaces on purpose (installation administration).
     */
    List<String> workspacesWhereLastAdminAcrossWorkspaces(long userId);
}
