package app.factdesk.workspace;

import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends ScopedRepository<Membership, Long> {

    List<Membership> findByWorkspaceId(long workspaceId);

    Optional<Membership> findByWorkspaceIdAndUserId(long workspaceId, long userId);


    @Query("""
            select new app.factdesk.security.WorkspaceRole(w.id, w.name, m.role)
            from Membership m join Workspace w on w.id = m.workspaceId
            where m.userId = :userId order by w.name""")
    List<app.factdesk.security.WorkspaceRole> rolesOf(long userId);
}
