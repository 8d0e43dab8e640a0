package app.factdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.NewAccount;
import app.factdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An admin's changes reach sessions that are already open, at their next request. */
@IntegrationTest
class OpenSessionIT {

    @Autowired
    app.factdesk.security.InstallationAdminService installationAdmin;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    MemberService members;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MockHttpSession signedInSession(String username, String password) throws Exception {
        TestUsers.signOut();
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }

    /** A request of the member's browser: only their session speaks, not this test thread's admin. */
    private int status(String path, MockHttpSession session) throws Exception {
        TestUsers.signOut();
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void a_promoted_member_gets_admin_rights_without_signing_in_again() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        String username = "promo" + desk.workspaceId();
        NewAccount created = members.createMember(username, "Promoted", Role.VIEWER);
        String password = created.initialPassword();
        MockHttpSession session = signedInSession(username, password);
        assertThat(status("/actuator/metrics", session)).isEqualTo(403);

        users.signIn(desk.adminUsername());
        members.changeRole(created.account().id(), Role.ADMIN);
        assertThat(status("/actuator/metrics", session)).isEqualTo(200);
    }

    @Test
    void a_disabled_account_loses_its_open_session() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        String username = "gone" + desk.workspaceId();
        NewAccount created = members.createMember(username, "Soon Disabled", Role.EDITOR);
        String password = created.initialPassword();
        MockHttpSession session = signedInSession(username, password);
        assertThat(session.isInvalid()).isFalse();

        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(created.account().id(), false);
        status("/actuator/health", session);
        assertThat(session.isInvalid()).isTrue();
    }
}
