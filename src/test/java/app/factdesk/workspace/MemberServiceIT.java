package app.factdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.AccountService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
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
    void the_last_admin_cannot_be_demoted_removed_or_disabled() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        long me = currentUser.require().userId();
        assertThatThrownBy(() -> members.changeRole(me, Role.EDITOR)).hasMessage("members.last-admin");
        assertThatThrownBy(() -> members.removeMember(me)).hasMessage("members.last-admin");
        assertThatThrownBy(() -> members.setEnabled(me, false)).hasMessage("members.last-admin");
        assertThat(member(desk.adminUsername()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void with_a_second_active_admin_the_first_may_step_down() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        long me = currentUser.require().userId();
        NewAccount second = members.createMember("second" + desk.workspaceId(), "Second", Role.ADMIN);
        members.setEnabled(second.account().id(), false);
        assertThatThrownBy(() -> members.changeRole(me, Role.EDITOR)).hasMessage("members.last-admin");
        members.setEnabled(second.account().id(), true);
        members.changeRole(me, Role.EDITOR);
        assertThat(member(desk.adminUsername()).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        members.createMember("other" + desk.workspaceId(), "Other", Role.ADMIN);
        long me = currentUser.require().userId();
        assertThatThrownBy(() -> members.setEnabled(me, false)).hasMessage("members.cannot-disable-self");
    }
}
