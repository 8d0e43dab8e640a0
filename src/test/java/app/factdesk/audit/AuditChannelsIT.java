package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.security.ApiTokenService;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditChannelsIT {

    @Autowired
    AuditDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MockMvc mvc;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    AuditChain chain;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    app.factdesk.shared.scope.DatabaseScope scope;

    @Test
    void an_import_over_the_api_is_recorded_on_the_api_channel_and_the_token_on_the_ui_channel() throws Exception {
        AuditDesk.Desk desk = desks.create();
        String token = users.as(desk.editor(), () -> tokens.create("script").secret());
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Briefing\", \"body\": \"The minister said 42 people were evacuated.\"}"))
                .andExpect(status().isCreated());
        Map<String, Object> imported = ownerDatabase.jdbc().queryForMap("select actor_name, channel from audit_event "
                + "where workspace_id = ? and action = 'article.imported' order by seq desc limit 1", desk.workspaceId());
        assertThat(imported).containsEntry("actor_name", desk.editor()).containsEntry("channel", "API");
        assertThat(ownerDatabase.jdbc().queryForObject("select channel from audit_event where workspace_id = ? "
                + "and action = 'token.created'", String.class, desk.workspaceId())).isEqualTo("UI");
    }

    @Test
    void a_failed_sign_in_goes_to_the_account_level_chain_which_stays_intact() throws Exception {
        String stranger = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/login").param("username", stranger).param("password", "wrong-password-12")
                .with(csrf()));
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from audit_event where workspace_id is null "
                + "and action = 'auth.login_failed' and actor_name = ? and actor_id is null", Long.class, stranger))
                .isEqualTo(1);
        ChainVerification accounts = transactions.execute(status -> scope.forAccountChain(() -> chain.verify(0)));
        assertThat(accounts.ok()).as(accounts.reason()).isTrue();
        assertThat(accounts.count()).isPositive();
    }
}
