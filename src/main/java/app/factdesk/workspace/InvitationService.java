package app.factdesk.workspace;

import app.factdesk.shared.scope.DatabaseScope;
import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a workspace by invitation. An admin invites by username or e-mail and always gets the same answer, whether
 * or not such a person exists, so nothing is learned about other workspaces' people. The invited person sees the
 * invitation once signed in and accepts or declines it. Every step is audited in the workspace's chain and in the
 * account-level chain. Methods named {@code …AcrossWorkspaces} act on a workspace other than the caller's current one,
 * on purpose, for the invited person.
 */
@Service
public class InvitationService {

    private static final String USERNAME = "[a-z0-9._-]{3,64}";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MembershipAudit audit;
    private final DatabaseScope scope;

    InvitationService(DatabaseScope scope, InvitationRepository invitations, MembershipRepository memberships,
            WorkspaceRepository workspaces, AccountService accounts, CurrentUser currentUser, Clock clock,
            MembershipAudit audit) {
        this.scope = scope;
        this.invitations = invitations;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Invites someone, named by username or e-mail, to the current workspace with a role. Returns normally whether
     * or not the person exists; only a malformed name is refused. Inviting a current member changes nothing; inviting
     * someone already invited updates the role of the pending invitation.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void invite(String usernameOrEmail, Role role) {
        String invitee = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
        if (invitee.length() > 254 || !(invitee.matches(USERNAME) || invitee.matches(EMAIL)) || role == null) {
            throw new UserFacingException("invitations.invitee-invalid");
        }
        long workspaceId = currentUser.workspaceId();
        workspaces.lockById(workspaceId).orElseThrow();
        Optional<AccountSummary> existing = accounts.findInvitee(invitee);
        if (existing.isPresent()
                && memberships.findByWorkspaceIdAndUserId(workspaceId, existing.get().id()).isPresent()) {
            return;
        }
        Optional<Invitation> pending = invitations.findByWorkspaceIdAndInviteeAndStatus(workspaceId, invitee,
                Invitation.Status.PENDING);
        if (pending.isPresent()) {
            Role before = pending.get().getRole();
            pending.get().changeRole(role);
            audit.invitationChanged(workspaceId, "invitation.role_changed", pending.get().getId(),
                    Map.of("role", before.name()), Map.of("role", role.name()));
            return;
        }
        Invitation saved = invitations.save(new Invitation(workspaceId, invitee, role,
                currentUser.require().userId(), clock.instant()));
        audit.invitationChanged(workspaceId, "invitation.sent", saved.getId(), null,
                Auditable.fields("invitee", invitee, "role", role.name()));
    }

    /** The pending invitations of the current workspace, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<InvitationRow> pendingInvitations() {
        return invitations.findByWorkspaceIdAndStatusOrderByCreatedAtDesc(currentUser.workspaceId(),
                Invitation.Status.PENDING).stream()
                .map(i -> new InvitationRow(i.getId(), i.getInvitee(), i.getRole(), i.getCreatedAt())).toList();
    }

    /** Withdraws a pending invitation of the current workspace. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long invitationId) {
        long workspaceId = currentUser.workspaceId();
        Invitation invitation = invitations.findByIdAndWorkspaceId(invitationId, workspaceId)
                .orElseThrow(() -> new UserFacingException("invitations.not-found"));
        invitation.decide(Invitation.Status.REVOKED, clock.instant());
        audit.invitationChanged(workspaceId, "invitation.revoked", invitationId, null, null);
    }

    /** The pending invitations naming the signed-in person, in any workspace, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyInvitation> myInvitationsAcrossWorkspaces() {
        List<Invitation> mine = invitations.findByInviteeInAndStatusOrderByCreatedAtDesc(accounts.myInviteeNames(),
                Invitation.Status.PENDING);
        Map<Long, String> inviters = accounts.summaries(mine.stream().map(Invitation::getInvitedBy).toList())
                .stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<Long, String> names = workspaces.findAllById(mine.stream().map(Invitation::getWorkspaceId).toList())
                .stream().collect(Collectors.toMap(Workspace::getId, Workspace::getName, (a, b) -> a));
        return mine.stream().map(i -> new MyInvitation(i.getId(), i.getWorkspaceId(), names.get(i.getWorkspaceId()), i.getRole(),
                inviters.getOrDefault(i.getInvitedBy(), ""), i.getCreatedAt())).toList();
    }

    /** Accepts an invitation naming the signed-in person: they become a member of its workspace with its role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptInvitationAcrossWorkspaces(long invitationId) {
        Invitation invitation = mine(invitationId);
        long workspaceId = invitation.getWorkspaceId();
        workspaces.lockById(workspaceId).orElseThrow();
        long me = currentUser.require().userId();
        invitation.decide(Invitation.Status.ACCEPTED, clock.instant());
        audit.invitationChanged(workspaceId, "invitation.accepted", invitationId, null,
                Auditable.fields("userId", me));
        if (memberships.findByWorkspaceIdAndUserId(workspaceId, me).isEmpty()) {
            // Accepting joins another workspace than the current one: its membership row is written in its scope.
            scope.inWorkspace(workspaceId,
                    () -> memberships.save(new Membership(workspaceId, me, invitation.getRole(), clock.instant())));
            audit.membershipChanged(workspaceId, "member.added", me, null, Auditable.fields("username",
                    currentUser.require().getUsername(), "role", invitation.getRole().name(), "invitation",
                    invitationId));
        }
    }

    /** Declines an invitation naming the signed-in person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void declineInvitationAcrossWorkspaces(long invitationId) {
        Invitation invitation = mine(invitationId);
        invitation.decide(Invitation.Status.DECLINED, clock.instant());
        audit.invitationChanged(invitation.getWorkspaceId(), "invitation.declined", invitationId, null,
                Auditable.fields("userId", currentUser.require().userId()));
    }

    private Invitation mine(long invitationId) {
        return invitations.findByIdAndInviteeIn(invitationId, accounts.myInviteeNames())
                .orElseThrow(() -> new UserFacingException("invitations.not-found"));
    }
}
