package app.factdesk.workspace;

import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.scope.DatabaseScope;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces: which ones the signed-in user belongs to, and provisioning at start-up. */
@Service
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountService accounts;
    private final DatabaseScope scope;

    WorkspaceService(WorkspaceRepository workspaces, MembershipRepository memberships, CurrentUser currentUser,
            Clock clock, AccountService accounts, DatabaseScope scope) {
        this.scope = scope;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * The enabled members of the current workspace with their role, by display name: whom a task may be assigned to
     * and whom a comment may mention. Any member may read it; managing members stays with {@link MemberService}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MemberEntry> memberDirectory() {
        List<Membership> all = memberships.findByWorkspaceId(currentUser.workspaceId());
        Map<Long, Role> roles = all.stream().collect(Collectors.toMap(Membership::getUserId, Membership::getRole));
        return accounts.summaries(roles.keySet()).stream().filter(AccountSummary::enabled)
                .map(a -> new MemberEntry(a.id(), a.username(), a.displayName(), roles.get(a.id())))
                .sorted(Comparator.comparing(MemberEntry::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The workspaces the signed-in user is a member of, with their role in each, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkspaceRole> myWorkspaces() {
        return memberships.rolesOf(currentUser.require().userId());
    }

    /** The id of the workspace with this name, if there is one; for start-up provisioning. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<Long> findByName(String name) {
        return workspaces.findByName(name).map(Workspace::getId);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public long createWorkspace(String name) {
        return workspaces.save(new Workspace(name, clock.instant())).getId();
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void addMembership(long workspaceId, long userId, Role role) {
        scope.inWorkspace(workspaceId, () -> memberships.save(new Membership(workspaceId, userId, role, clock.instant())));
    }
}
