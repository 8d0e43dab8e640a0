package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AccountChain;
import app.factdesk.AuditTrail;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.InvitationService;
import app.factdesk.workspace.MemberService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class InstallationAdminIT {

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    InstallationAdminService installationAdmin;
    @Autowired
    MemberService members;
    @Autowired
    InvitationService invitations;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditTrail audit;
    @Autowired
    AccountChain accountChain;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_demo_admin_is_installation_admin_and_workspace_admins_are_not() {
        assertThat(((FactDeskUser) users.signIn(TestUsers.ADMIN)).getAuthorities())
                .extracting(Object::toString).contains(FactDeskUser.INSTALLATION_ADMIN_AUTHORITY);
        assertThat(installationAdmin.accounts()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(TestUsers.ADMIN);
            assertThat(a.installationAdmin()).isTrue();
        });
        TwoWorkspaces.Other desk = fixtures.createOther();
        assertThat(((FactDeskUser) users.signIn(desk.adminUsername())).getAuthorities())
                .extracting(Object::toString).doesNotContain(FactDeskUser.INSTALLATION_ADMIN_AUTHORITY);
    }

    @Test
    void a_workspace_admin_can_do_no_account_wide_action_even_on_their_own_members() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        long own = members.createMember("own" + desk.workspaceId(), "Own", Role.EDITOR).account().id();
        long elsewhere = users.as(TestUsers.VIEWER, () -> currentUser.require().userId());
        users.signIn(desk.adminUsername());
        for (long target : new long[] {own, elsewhere}) {
            assertThatThrownBy(() -> installationAdmin.setAccountEnabled(target, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> installationAdmin.resetPassword(target))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> installationAdmin.unlock(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> installationAdmin.setInstallationAdmin(target, true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> installationAdmin.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThat(userDetails.loadUserByUsername(TestUsers.VIEWER).isEnabled()).isTrue();
    }

    @Test
    void disabling_the_last_enabled_admin_of_any_workspace_is_refused_naming_it() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        TwoWorkspaces.Other second = fixtures.createOther();
        long deskAdmin = users.as(desk.adminUsername(), () -> currentUser.require().userId());
        users.signIn(second.adminUsername());
        invitations.invite(desk.adminUsername(), Role.ADMIN);
        users.signIn(desk.adminUsername());
        invitations.acceptInvitationAcrossWorkspaces(invitations.myInvitationsAcrossWorkspaces().get(0).id());

        users.signIn(TestUsers.ADMIN);
        assertThatThrownBy(() -> installationAdmin.setAccountEnabled(deskAdmin, false))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("account.last-admin-of");
                    assertThat((String) refused.arguments()[0]).startsWith("Desk B ").doesNotContain(",");
                });
        assertThat(userDetails.loadUserByUsername(desk.adminUsername()).isEnabled()).isTrue();

        String helper = fixtures.addMember(desk, Role.ADMIN, "Helper admin");
        long helperId = users.as(helper, () -> currentUser.require().userId());
        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(helperId, false);
        assertThatThrownBy(() -> installationAdmin.setAccountEnabled(deskAdmin, false))
                .hasMessage("account.last-admin-of");
        installationAdmin.setAccountEnabled(helperId, true);

        users.signIn(TestUsers.ADMIN);
        List<AuditTrail.Recorded> inDesk = audit.during(desk.workspaceId(), () -> {
            List<AuditTrail.Recorded> inSecond = audit.during(second.workspaceId(),
                    () -> installationAdmin.setAccountEnabled(deskAdmin, false));
            assertThat(inSecond).extracting(AuditTrail.Recorded::action).containsExactly("account.disabled");
        });
        assertThat(inDesk).extracting(AuditTrail.Recorded::action).containsExactly("account.disabled");
        assertThat(accountChain.actionsAbout("account", deskAdmin)).containsExactly("account.disabled");
        assertThat(userDetails.loadUserByUsername(desk.adminUsername()).isEnabled()).isFalse();
    }

    @Test
    void a_password_reset_gives_a_one_time_password_and_is_audited_everywhere_the_account_belongs() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String username = fixtures.addMember(desk, Role.EDITOR, "Forgetful Fadi");
        long userId = users.as(username, () -> currentUser.require().userId());
        users.signIn(TestUsers.ADMIN);
        List<AuditTrail.Recorded> events = audit.during(desk.workspaceId(), () -> {
            NewAccount reset = installationAdmin.resetPassword(userId);
            assertThat(reset.initialPassword()).hasSizeGreaterThanOrEqualTo(16);
            installationAdmin.unlock(userId);
        });
        assertThat(events).extracting(AuditTrail.Recorded::action)
                .containsExactly("account.password_reset", "account.unlocked");
        assertThat(accountChain.actionsAbout("account", userId))
                .containsExactly("account.password_reset", "account.unlocked");
        assertThat(((FactDeskUser) users.signIn(username)).mustChangePassword()).isTrue();
    }

    @Test
    void an_installation_admin_cannot_disable_or_revoke_themselves() {
        users.signIn(TestUsers.ADMIN);
        long me = currentUser.require().userId();
        assertThatThrownBy(() -> installationAdmin.setAccountEnabled(me, false))
                .hasMessage("members.cannot-disable-self");
        assertThatThrownBy(() -> installationAdmin.setInstallationAdmin(me, false))
                .hasMessage("account.cannot-revoke-self");
    }
}
