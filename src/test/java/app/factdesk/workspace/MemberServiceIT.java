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
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.InstallationAdminService;
import app.factdesk.security.WorkspaceRole;
import java.util.List;
import java.util.function.Consumer;
import app.factdesk.security.NewAccount;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberServiceIT {

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    InvitationService invitations;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    InstallationAdminService installationAdmin;
    @Autowired
    AuditTrail audit;
    @Autowired
    AccountChain accountChain;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MemberRow member(String username) {
        return members.members().stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void viewers_editors_and_checkers_cannot_manage_members() {
        for (String username : new String[] {TestUsers.VIEWER, TestUsers.CHECKER, TestUsers.EDITOR}) {
            users.signIn(username);
            assertThatThrownBy(() -> members.members()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> members.createMember("intruder1", "x", Role.ADMIN))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_created_member_gets_a_one_time_password_that_must_be_changed() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        String username = "new" + desk.workspaceId();
        NewAccount created = members.createMember(username, "Nadia New", Role.FACT_CHECKER);
        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(member(username).role()).isEqualTo(Role.FACT_CHECKER);

        FactDeskUser fresh = (FactDeskUser) users.signIn(username);
        assertThat(fresh.mustChangePassword()).isTrue();
        assertThat(fresh.workspace().workspaceId()).isEqualTo(desk.workspaceId());
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "a-brand-new-secret-9"))
                .isInstanceOf(UserFacingException.class).hasMessage("password.current-wrong");
        assertThatThrownBy(() -> accounts.changeOwnPassword(created.initialPassword(), "short"))
                .isInstanceOf(UserFacingException.class).hasMessage("password.too-short");
        accounts.changeOwnPassword(created.initialPassword(), "a-brand-new-secret-9");
        assertThat(currentUser.require().mustChangePassword()).isFalse();
        assertThat(((FactDeskUser) users.signIn(username)).mustChangePassword()).isFalse();
    }

    @Test
    void a_taken_or_malformed_username_is_refused_and_nothing_is_created() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        assertThatThrownBy(() -> members.createMember(TestUsers.VIEWER, "Copy", Role.VIEWER))
                .isInstanceOf(UserFacingException.class).hasMessage("account.username-taken");
        assertThatThrownBy(() -> members.createMember("no spaces allowed", "x", Role.VIEWER))
                .isInstanceOf(UserFacingException.class).hasMessage("account.username-invalid");
        assertThat(members.members()).hasSize(1);
    }

    @Test
    void the_last_admin_cannot_be_demoted_or_removed_and_nobody_suspends_themselves() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        long me = currentUser.require().userId();
        assertThatThrownBy(() -> members.changeRole(me, Role.EDITOR)).hasMessage("members.last-admin");
        assertThatThrownBy(() -> members.removeMember(me)).hasMessage("members.last-admin");
        assertThatThrownBy(() -> members.setSuspended(me, true)).hasMessage("members.cannot-suspend-self");
        assertThat(member(desk.adminUsername()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_suspended_or_disabled_second_admin_does_not_count_as_another_admin() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        long me = currentUser.require().userId();
        NewAccount second = members.createMember("second" + desk.workspaceId(), "Second", Role.ADMIN);
        members.setSuspended(second.account().id(), true);
        assertThatThrownBy(() -> members.changeRole(me, Role.EDITOR)).hasMessage("members.last-admin");
        members.setSuspended(second.account().id(), false);
        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(second.account().id(), false);
        users.signIn(desk.adminUsername());
        assertThatThrownBy(() -> members.removeMember(me)).hasMessage("members.last-admin");
        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(second.account().id(), true);
        users.signIn(desk.adminUsername());
        members.changeRole(me, Role.EDITOR);
        assertThat(member(desk.adminUsername()).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void every_membership_action_on_someone_outside_the_workspace_is_refused_and_changes_nothing() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long demoViewer = users.as(TestUsers.VIEWER, () -> currentUser.require().userId());
        long demoAdmin = users.as(TestUsers.ADMIN, () -> currentUser.require().userId());
        users.signIn(desk.adminUsername());
        long formerMember = members.createMember("former" + desk.workspaceId(), "Former", Role.EDITOR).account().id();
        members.removeMember(formerMember);
        List<Consumer<Long>> actions = List.of(id -> members.changeRole(id, Role.ADMIN),
                id -> members.changeRole(id, Role.VIEWER), members::removeMember,
                id -> members.setSuspended(id, true), id -> members.setSuspended(id, false));
        for (long target : new long[] {demoViewer, demoAdmin, formerMember, Long.MAX_VALUE}) {
            for (Consumer<Long> action : actions) {
                assertThatThrownBy(() -> action.accept(target)).hasMessage("members.not-a-member");
            }
        }
        assertThat(members.members()).extracting(MemberRow::username).containsExactly(desk.adminUsername());
        users.signIn(TestUsers.VIEWER);
        assertThat(currentUser.workspace().role()).isEqualTo(Role.VIEWER);
        assertThat(((FactDeskUser) users.signIn(TestUsers.ADMIN)).workspace().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_suspended_member_cannot_work_in_that_workspace_but_keeps_their_other_one() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other home = fixtures.createOther();
        String username = fixtures.addMember(home, Role.EDITOR, "Two desks");
        users.signIn(desk.adminUsername());
        invitations.invite(username, Role.FACT_CHECKER);
        users.signIn(username);
        invitations.acceptInvitationAcrossWorkspaces(invitations.myInvitationsAcrossWorkspaces().get(0).id());
        accounts.switchWorkspace(desk.workspaceId());
        long userId = currentUser.require().userId();

        users.signIn(desk.adminUsername());
        List<AuditTrail.Recorded> events = audit.during(desk.workspaceId(), () -> members.setSuspended(userId, true));
        assertThat(events).extracting(AuditTrail.Recorded::action).containsExactly("member.suspended");
        assertThat(accountChain.actionsAbout("member", userId)).contains("member.suspended");
        assertThat(member(username).suspended()).isTrue();

        FactDeskUser suspended = (FactDeskUser) users.signIn(username);
        assertThat(suspended.workspace().workspaceId()).isEqualTo(home.workspaceId());
        assertThatThrownBy(() -> accounts.switchWorkspace(desk.workspaceId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workspaces.myWorkspaces()).extracting(WorkspaceRole::workspaceId)
                .containsExactly(home.workspaceId());

        users.signIn(desk.adminUsername());
        members.setSuspended(userId, false);
        users.signIn(username);
        accounts.switchWorkspace(desk.workspaceId());
        assertThat(currentUser.workspace().role()).isEqualTo(Role.FACT_CHECKER);
    }
}
