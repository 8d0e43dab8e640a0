package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Chain 0 (sign-ins, throttling, lockouts) goes through the same verifier as a workspace chain. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountChainIT {

    @Autowired
    AuditService audit;
    @Autowired
    AccountChainCheck startUpCheck;
    @Autowired
    TestUsers users;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private long seq;

    @BeforeEach
    void aFailedSignIn() throws Exception {
        mvc.perform(post("/login").param("username", "nobody-chain").param("password", "wrong-password-1")
                .with(csrf()));
        seq = ownerDatabase.jdbc().queryForObject("select max(seq) from audit_event where workspace_id is null "
                + "and actor_name = 'nobody-chain'", Long.class);
    }

    @Autowired
    app.factdesk.TwoWorkspaces fixtures;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The demo admin, who is the installation's administrator. */
    private Authentication installationAdmin() {
        UserDetails admin = users.signIn(TestUsers.ADMIN);
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_INSTALLATION_ADMIN");
        return UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities());
    }

    /** The admin of a fresh workspace: a workspace admin without installation rights. */
    private UserDetails workspaceAdmin() {
        return users.signIn(fixtures.createOther().adminUsername());
    }

    private void editAddressOfEvent(String assignment) {
        ownerDatabase.jdbc().execute("alter table audit_event disable trigger user");
        try {
            ownerDatabase.jdbc().update("update audit_event set " + assignment + " where workspace_id is null and seq = ?", seq);
        } finally {
            ownerDatabase.jdbc().execute("alter table audit_event enable trigger user");
        }
    }

    @Test
    void an_installation_admin_verifies_the_account_chain_and_a_workspace_admin_may_not() {
        SecurityContextHolder.getContext().setAuthentication(installationAdmin());
        ChainVerification result = audit.verifyAccountChain();
        assertThat(result.ok()).as(String.valueOf(result.reason())).isTrue();
        assertThat(result.count()).isGreaterThanOrEqualTo(seq);

        workspaceAdmin();
        assertThatThrownBy(audit::verifyAccountChain).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edited_sign_in_failure_is_named_by_the_api_and_by_the_start_up_check(CapturedOutput output)
            throws Exception {
        editAddressOfEvent("after = jsonb_set(after, '{remoteAddress}', '\"198.51.100.7\"')");
        try {
            JsonNode answer = json.readTree(mvc.perform(get("/api/v1/audit/account-chain/verification")
                    .with(authentication(installationAdmin()))).andReturn().getResponse().getContentAsString());
            assertThat(answer.get("ok").asBoolean()).isFalse();
            assertThat(answer.get("firstBadSeq").asLong()).isEqualTo(seq);

            assertThat(startUpCheck.check().badSeq()).isEqualTo(seq);
            assertThat(output.getOut()).contains("WARN").contains("Account-level audit chain is broken at event " + seq);
        } finally {
            editAddressOfEvent("after = jsonb_set(after, '{remoteAddress}', '\"127.0.0.1\"')");
        }
        SecurityContextHolder.getContext().setAuthentication(installationAdmin());
        assertThat(audit.verifyAccountChain().ok()).isTrue();
    }

    @Test
    void the_api_refuses_the_account_chain_to_a_token_without_installation_rights() throws Exception {
        UserDetails admin = workspaceAdmin();
        int status = mvc.perform(get("/api/v1/audit/account-chain/verification").with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }
}
