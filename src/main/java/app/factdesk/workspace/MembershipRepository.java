package app.factdesk.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByWorkspaceId(long workspaceId);

    Optional<Membership> findByWorkspaceIdAndUserId(long workspaceId, long userId);


    @Query("""
            select new app.factdesk.security.WorkspaceRole(w.id, w.name, m.role)
            from Membership m join Workspace w on w.id = m.workspaceId
            where m.userId = :userId order by w.name""")
    List<app.factdesk.security.WorkspaceRole> rolesOf(long userId);
}
