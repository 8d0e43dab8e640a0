package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.ApiTokenService;
import app.factdesk.security.NewAccount;
import app.factdesk.security.Role;
import app.factdesk.workspace.MemberService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Who may call the API: a live token of an active member, with that member's role at the time of the call. */
@IntegrationTest
class ApiAuthIT {

    @Autowired
    app.factdesk.security.InstallationAdminService installationAdmin;
    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    MemberService members;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void assertError(MockHttpServletResponse response, int status, String key) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = api.read(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isEqualTo(key);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("!");
    }

    @Test
    void no_token_gets_a_json_401() throws Exception {
        MockHttpServletResponse response = api.get(null, "/api/v1/articles");
        assertError(response, 401, "api.token-missing");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void a_made_up_token_gets_a_json_401() throws Exception {
        assertError(api.get("fdt_" + "A".repeat(43), "/api/v1/articles"), 401, "api.token-invalid");
        assertError(api.get("not a token", "/api/v1/articles"), 401, "api.token-invalid");
    }

    @Test
    void a_revoked_token_gets_401_from_the_next_request_on() throws Exception {
        users.signIn(TestUsers.CHECKER);
        var created = tokens.create("to revoke");
        TestUsers.signOut();
        assertThat(api.get(created.secret(), "/api/v1/articles").getStatus()).isEqualTo(200);
        assertThat(ownerDatabase.jdbc().queryForObject("select last_used_at is not null from api_token where id = ?", Boolean.class,
                created.token().id())).isTrue();

        users.signIn(TestUsers.CHECKER);
        tokens.revoke(created.token().id());
        assertError(api.get(created.secret(), "/api/v1/articles"), 401, "api.token-invalid");
    }

    @Test
    void a_token_follows_its_owners_role_and_dies_with_the_account_or_the_membership() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        NewAccount member = members.createMember("tok" + desk.workspaceId(), "Token owner", Role.VIEWER);
        String token = api.tokenOf(member.account().username());
        Map<String, String> article = Map.of("body", "A text for the role test " + desk.workspaceId());
        assertError(api.post(token, "/api/v1/articles", article), 403, "api.forbidden");

        users.signIn(desk.adminUsername());
        members.changeRole(member.account().id(), Role.FACT_CHECKER);
        assertThat(api.post(token, "/api/v1/articles", article).getStatus()).isEqualTo(201);

        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(member.account().id(), false);
        assertError(api.get(token, "/api/v1/articles"), 401, "api.token-invalid");

        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(member.account().id(), true);
        assertThat(api.get(token, "/api/v1/articles").getStatus()).isEqualTo(200);

        users.signIn(desk.adminUsername());
        members.setSuspended(member.account().id(), true);
        assertError(api.get(token, "/api/v1/articles"), 401, "api.token-invalid");
        users.signIn(desk.adminUsername());
        members.setSuspended(member.account().id(), false);
        assertThat(api.get(token, "/api/v1/articles").getStatus()).isEqualTo(200);
        users.signIn(desk.adminUsername());
        members.removeMember(member.account().id());
        assertError(api.get(token, "/api/v1/articles"), 401, "api.token-invalid");
    }

    @Test
    void a_viewer_token_reads_but_cannot_import() throws Exception {
        String token = api.tokenOf(TestUsers.VIEWER);
        assertThat(api.get(token, "/api/v1/articles").getStatus()).isEqualTo(200);
        assertError(api.post(token, "/api/v1/articles", Map.of("body", "Viewers may not import this.")), 403,
                "api.forbidden");
        assertError(api.post(token, "/api/v1/claim-suggestions", Map.of("text", "He said 3 things.")), 403,
                "api.forbidden");
    }

    @Test
    void a_signed_in_browser_session_does_not_open_the_api() throws Exception {
        TestUsers.signOut();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", TestUsers.ADMIN)
                .param("password", "Fact-Desk-Boss-42").with(csrf())).andReturn().getRequest().getSession();
        TestUsers.signOut();
        MockHttpServletResponse response = mvc.perform(get("/api/v1/articles").session(session)).andReturn()
                .getResponse();
        assertError(response, 401, "api.token-missing");
    }

    @Test
    void a_token_revoked_behind_this_servers_back_stops_within_the_kept_answers_freshness() throws Exception {
        users.signIn(TestUsers.CHECKER);
        var created = tokens.create("revoked elsewhere");
        TestUsers.signOut();
        assertThat(api.get(created.secret(), "/api/v1/articles").getStatus()).isEqualTo(200);

        // as another server would: the row changes, and this server hears nothing of it
        ownerDatabase.jdbc().update("update api_token set revoked_at = now() where id = ?", created.token().id());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> api.get(created.secret(), "/api/v1/articles").getStatus() == 401);
    }
}
