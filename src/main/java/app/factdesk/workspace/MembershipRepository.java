package app.factdesk.workspace;

import app.factdesk.security.WorkspaceRole;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends ScopedRepository<Membership, Long> {

    List<Membership> findByWorkspaceId(long workspaceId);

    Optional<Membership> findByWorkspaceIdAndUserId(long workspaceId, long userId);

    /** The user's active memberships: suspended ones do not let them work in that workspace. */
    @Query("""
            select new app.factdesk.security.WorkspaceRole(w.id, w.name, m.role)
            from Membership m join Workspace w on w.id = m.workspaceId
            where m.userId = :userId and m.suspended = false order by w.name""")
    List<WorkspaceRole> rolesOf(long userId);

    /** Every membership of the user, suspended or not, in every workspace (installation administration). */
    @Query("select m.workspaceId from Membership m where m.userId = :userId order by m.workspaceId")
    List<Long> workspaceIdsOfAcrossWorkspaces(long userId);

    /**
     * The names of the workspaces where the user is an active admin and no other active admin has an enabled
     * account (installation administration: spans workspaces).
     */
    @Query("""
            select w.name from Membership m join Workspace w on w.id = m.workspaceId
            where m.userId = :userId and m.role = app.factdesk.security.Role.ADMIN and m.suspended = false
              and not exists (select 1 from Membership o join UserAccount u on u.id = o.userId
                              where o.workspaceId = m.workspaceId and o.userId <> :userId
                                and o.role = app.factdesk.security.Role.ADMIN and o.suspended = false
                                and u.enabled = true)
            order by w.name""")
    List<String> workspacesWhereLastAdminAcrossWorkspaces(long userId);
}
