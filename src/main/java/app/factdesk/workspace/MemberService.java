package app.factdesk.workspace;

import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.NewAccount;
import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The memberships of the current workspace, managed by its admins: create a member, change a role, suspend or
 * reinstate a membership, remove it. People with an account join through {@link InvitationService}. Nothing here acts
 * on an account or on another workspace: a target that is not a member of the current workspace is refused. A
 * workspace always keeps at least one active admin with an enabled account.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MembershipAudit audit;

    MemberService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
            CurrentUser currentUser, Clock clock, MembershipAudit audit) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Members of the current workspace, by display name. */
    @Transactional(readOnly = true)
    public List<MemberRow> members() {
        List<Membership> all = memberships.findByWorkspaceId(currentUser.workspaceId());
        Map<Long, AccountSummary> byId = accounts.summaries(all.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return all.stream()
                .map(m -> {
                    AccountSummary a = byId.get(m.getUserId());
                    return new MemberRow(a.id(), a.username(), a.displayName(), m.getRole(), a.enabled(),
                            m.isSuspended());
                })
                .sorted(Comparator.comparing(MemberRow::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Creates a user with a one-time password and makes them a member of the current workspace. */
    @Transactional
    public NewAccount createMember(String username, String displayName, Role role) {
        long workspaceId = lockCurrentWorkspace();
        NewAccount created = accounts.createAccount(username, displayName);
        memberships.save(new Membership(workspaceId, created.account().id(), role, clock.instant()));
        audit.membershipChanged(workspaceId, "member.added", created.account().id(), null,
                Auditable.fields("username", created.account().username(), "role", role.name(), "newAccount", true));
        return created;
    }

    @Transactional
    public void changeRole(long userId, Role newRole) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (membership.isActiveAdmin() && newRole != Role.ADMIN) {
            requireAnotherAdmin(workspaceId, userId);
        }
        Role oldRole = membership.getRole();
        membership.changeRole(newRole);
        audit.membershipChanged(workspaceId, "member.role_changed", userId, Map.of("role", oldRole.name()),
                Map.of("role", newRole.name()));
    }

    @Transactional
    public void removeMember(long userId) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (membership.isActiveAdmin()) {
            requireAnotherAdmin(workspaceId, userId);
        }
        memberships.delete(membership);
        audit.membershipChanged(workspaceId, "member.removed", userId, Map.of("role", membership.getRole().name()),
                null);
    }

    /**
     * Suspends or reinstates a membership of the current workspace: a suspended member cannot work here but keeps
     * their account and their other workspaces. Suspending yourself, or the last active admin, is refused.
     */
    @Transactional
    public void setSuspended(long userId, boolean suspended) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (membership.isSuspended() == suspended) {
            return;
        }
        if (suspended && userId == currentUser.require().userId()) {
            throw new UserFacingException("members.cannot-suspend-self");
        }
        if (suspended && membership.isActiveAdmin()) {
            requireAnotherAdmin(workspaceId, userId);
        }
        membership.setSuspended(suspended);
        audit.membershipChanged(workspaceId, suspended ? "member.suspended" : "member.reinstated", userId,
                Map.of("suspended", !suspended), Map.of("suspended", suspended));
    }

    private long lockCurrentWorkspace() {
        long workspaceId = currentUser.workspaceId();
        workspaces.lockById(workspaceId).orElseThrow();
        return workspaceId;
    }

    private Membership memberOfCurrent(long workspaceId, long userId) {
        return memberships.findByWorkspaceIdAndUserId(workspaceId, userId)
                .orElseThrow(() -> new UserFacingException("members.not-a-member"));
    }

    private void requireAnotherAdmin(long workspaceId, long userId) {
        List<Long> otherAdmins = memberships.findByWorkspaceId(workspaceId).stream()
                .filter(m -> m.isActiveAdmin() && m.getUserId() != userId)
                .map(Membership::getUserId).toList();
        boolean anotherEnabled = !otherAdmins.isEmpty()
                && accounts.summaries(otherAdmins).stream().anyMatch(AccountSummary::enabled);
        if (!anotherEnabled) {
            throw new UserFacingException("members.last-admin");
        }
    }
}
