package app.factdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AccountChain;
import app.factdesk.AuditTrail;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.AccountService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class InvitationIT {

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    InvitationService invitations;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditTrail audit;
    @Autowired
    AccountChain accountChain;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void inviting_someone_who_exists_elsewhere_and_someone_who_exists_nowhere_gives_the_same_answer() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        List<AuditTrail.Recorded> existing = audit.during(desk.workspaceId(),
                () -> invitations.invite(TestUsers.VIEWER, Role.EDITOR));
        List<AuditTrail.Recorded> nobody = audit.during(desk.workspaceId(),
                () -> invitations.invite("nobody-" + desk.workspaceId(), Role.EDITOR));
        assertThat(existing).extracting(AuditTrail.Recorded::action).containsExactly("invitation.sent");
        assertThat(nobody).extracting(AuditTrail.Recorded::action).containsExactly("invitation.sent");
        assertThat(existing.get(0).after().keySet()).isEqualTo(nobody.get(0).after().keySet());
        assertThat(invitations.pendingInvitations()).extracting(InvitationRow::invitee)
                .containsExactlyInAnyOrder(TestUsers.VIEWER, "nobody-" + desk.workspaceId());
        assertThat(accountChain.actionsAbout("invitation", Long.parseLong(existing.get(0).objectId())))
                .containsExactly("invitation.sent");
        assertThat(members.members()).extracting(MemberRow::username).containsExactly(desk.adminUsername());
    }

    @Test
    void a_malformed_invitee_is_refused_and_only_admins_invite() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        assertThatThrownBy(() -> invitations.invite("no spaces", Role.VIEWER))
                .hasMessage("invitations.invitee-invalid");
        assertThatThrownBy(() -> invitations.invite("", Role.VIEWER)).hasMessage("invitations.invitee-invalid");
        users.signIn(TestUsers.EDITOR);
        assertThatThrownBy(() -> invitations.invite("someone", Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.pendingInvitations()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_invited_person_accepts_and_both_chains_record_it() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other home = fixtures.createOther();
        String username = fixtures.addMember(home, Role.VIEWER, "Invited Ines");
        users.signIn(desk.adminUsername());
        invitations.invite(username.toUpperCase(), Role.FACT_CHECKER);

        users.signIn(username);
        List<MyInvitation> mine = invitations.myInvitationsAcrossWorkspaces();
        assertThat(mine).singleElement().satisfies(i -> {
            assertThat(i.workspaceId()).isEqualTo(desk.workspaceId());
            assertThat(i.role()).isEqualTo(Role.FACT_CHECKER);
            assertThat(i.invitedBy()).isEqualTo("B admin");
        });
        long userId = currentUser.require().userId();
        List<AuditTrail.Recorded> events = audit.during(desk.workspaceId(),
                () -> invitations.acceptInvitationAcrossWorkspaces(mine.get(0).id()));
        assertThat(events).extracting(AuditTrail.Recorded::action)
                .containsExactly("invitation.accepted", "member.added");
        assertThat(accountChain.actionsAbout("invitation", mine.get(0).id()))
                .containsExactly("invitation.sent", "invitation.accepted");
        assertThat(accountChain.actionsAbout("member", userId)).contains("member.added");
        assertThat(invitations.myInvitationsAcrossWorkspaces()).isEmpty();
        assertThat(accounts.switchWorkspace(desk.workspaceId()).role()).isEqualTo(Role.FACT_CHECKER);
        assertThatThrownBy(() -> invitations.acceptInvitationAcrossWorkspaces(mine.get(0).id()))
                .hasMessage("invitations.not-pending");
    }

    @Test
    void the_invited_person_declines_and_does_not_become_a_member() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other home = fixtures.createOther();
        String username = fixtures.addMember(home, Role.VIEWER, "Declining Dana");
        users.signIn(desk.adminUsername());
        invitations.invite(username, Role.ADMIN);
        users.signIn(username);
        long id = invitations.myInvitationsAcrossWorkspaces().get(0).id();
        List<AuditTrail.Recorded> events = audit.during(desk.workspaceId(),
                () -> invitations.declineInvitationAcrossWorkspaces(id));
        assertThat(events).extracting(AuditTrail.Recorded::action).containsExactly("invitation.declined");
        assertThat(accountChain.actionsAbout("invitation", id)).containsExactly("invitation.sent",
                "invitation.declined");
        assertThatThrownBy(() -> accounts.switchWorkspace(desk.workspaceId()))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(desk.adminUsername());
        assertThat(invitations.pendingInvitations()).isEmpty();
        assertThat(members.members()).hasSize(1);
    }

    @Test
    void nobody_else_can_accept_or_decline_an_invitation_and_an_invitation_by_e_mail_reaches_its_owner() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other home = fixtures.createOther();
        String invited = fixtures.addMember(home, Role.VIEWER, "Mail Maya");
        String email = invited + "@example.org";
        users.signIn(invited);
        accounts.changeOwnEmail(email.toUpperCase());
        users.signIn(desk.adminUsername());
        invitations.invite(email, Role.EDITOR);
        long id = invitations.pendingInvitations().get(0).id();

        users.signIn(TestUsers.EDITOR);
        assertThat(invitations.myInvitationsAcrossWorkspaces()).extracting(MyInvitation::id).doesNotContain(id);
        assertThatThrownBy(() -> invitations.acceptInvitationAcrossWorkspaces(id))
                .hasMessage("invitations.not-found");
        assertThatThrownBy(() -> invitations.declineInvitationAcrossWorkspaces(id))
                .hasMessage("invitations.not-found");
        users.signIn(home.adminUsername());
        assertThatThrownBy(() -> invitations.revoke(id)).hasMessage("invitations.not-found");

        users.signIn(invited);
        assertThat(invitations.myInvitationsAcrossWorkspaces()).extracting(MyInvitation::id).containsExactly(id);
        invitations.acceptInvitationAcrossWorkspaces(id);
        assertThat(accounts.switchWorkspace(desk.workspaceId()).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void inviting_a_current_member_changes_nothing_and_a_revoked_invitation_cannot_be_accepted() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other home = fixtures.createOther();
        String invited = fixtures.addMember(home, Role.VIEWER, "Revoked Rami");
        users.signIn(desk.adminUsername());
        assertThat(audit.during(desk.workspaceId(), () -> invitations.invite(desk.adminUsername(), Role.VIEWER)))
                .isEmpty();
        invitations.invite(invited, Role.VIEWER);
        long id = invitations.pendingInvitations().get(0).id();
        invitations.revoke(id);
        users.signIn(invited);
        assertThat(invitations.myInvitationsAcrossWorkspaces()).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitationAcrossWorkspaces(id))
                .hasMessage("invitations.not-pending");
    }
}
