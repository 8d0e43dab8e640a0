package app.factdesk.workspace;

import app.factdesk.security.MembershipDirectory;
import app.factdesk.security.WorkspaceRole;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MembershipDirectoryAdapter implements MembershipDirectory {

    private final MembershipRepository memberships;

    MembershipDirectoryAdapter(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkspaceRole> membershipsOf(long userId) {
        return memberships.rolesOf(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> workspaceIdsOfAcrossWorkspaces(long userId) {
        return memberships.workspaceIdsOfAcrossWorkspaces(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> workspacesWhereLastAdminAcrossWorkspaces(long userId) {
        return memberships.workspacesWhereLastAdminAcrossWorkspaces(userId);
    }
}
