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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the current workspace, managed by its admins. A workspace always keeps at least one enabled
 * admin: removing, demoting or disabling the last one is refused.
 */
@Service
public class MemberService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Members of the current workspace, by display name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MemberRow> members() {
        List<Membership> all = memberships.findByWorkspaceId(currentUser.workspaceId());
        Map<Long, AccountSummary> byId = accounts.summaries(all.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return all.stream()
                .map(m -> {
                    AccountSummary a = byId.get(m.getUserId());
                    return new MemberRow(a.id(), a.username(), a.displayName(), m.getRole(), a.enabled());
                })
                .sorted(Comparator.comparing(MemberRow::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Creates a user with a one-time password and makes them a member of the current workspace. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccount createMember(String username, String displayName, Role role) {
        long workspaceId = lockCurrentWorkspace();
        NewAccount created = accounts.createAccount(username, displayName);
        memberships.save(new Membership(workspaceId, created.account().id(), role, clock.instant()));
        publish(workspaceId, "member.added", created.account().id(), null,
                Auditable.fields("username", created.account().username(), "role", role.name(), "newAccount", true));
        return created;
    }

    /** Adds a user who already has an account (in another workspace) to the current one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberRow addExistingUser(String username, Role role) {
        long workspaceId = lockCurrentWorkspace();
        AccountSummary account = accounts.findByUsername(username)
                .orElseThrow(() -> new UserFacingException("members.no-such-user", username));
        if (memberships.findByWorkspaceIdAndUserId(workspaceId, account.id()).isPresent()) {
            throw new UserFacingException("members.already-member", account.username());
        }
        memberships.save(new Membership(workspaceId, account.id(), role, clock.instant()));
        publish(workspaceId, "member.added", account.id(), null,
                Auditable.fields("username", account.username(), "role", role.name(), "newAccount", false));
        return new MemberRow(account.id(), account.username(), account.displayName(), role, account.enabled());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRole(long userId, Role newRole) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (membership.getRole() == Role.ADMIN && newRole != Role.ADMIN) {
            requireAnotherAdmin(workspaceId, userId);
        }
        Role oldRole = membership.getRole();
        membership.changeRole(newRole);
        publish(workspaceId, "member.role_changed", userId, Map.of("role", oldRole.name()),
                Map.of("role", newRole.name()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeMember(long userId) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (membership.getRole() == Role.ADMIN) {
            requireAnotherAdmin(workspaceId, userId);
        }
        memberships.delete(membership);
        publish(workspaceId, "member.removed", userId, Map.of("role", membership.getRole().name()), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        long workspaceId = lockCurrentWorkspace();
        Membership membership = memberOfCurrent(workspaceId, userId);
        if (!enabled && membership.getRole() == Role.ADMIN) {
            requireAnotherAdmin(workspaceId, userId);
        }
        boolean wasEnabled = accounts.summaries(List.of(userId)).stream().anyMatch(AccountSummary::enabled);
        accounts.setEnabled(userId, enabled);
        publish(workspaceId, "member.enabled_changed", userId, Map.of("enabled", wasEnabled),
                Map.of("enabled", enabled));
    }

    private void publish(long workspaceId, String action, long userId, Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new MembershipChanged(workspaceId, action, userId, before, after));
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
                .filter(m -> m.getRole() == Role.ADMIN && m.getUserId() != userId)
                .map(Membership::getUserId).toList();
        boolean anotherEnabled = !otherAdmins.isEmpty()
                && accounts.summaries(otherAdmins).stream().anyMatch(AccountSummary::enabled);
        if (!anotherEnabled) {
            throw new UserFacingException("members.last-admin");
        }
    }
}
