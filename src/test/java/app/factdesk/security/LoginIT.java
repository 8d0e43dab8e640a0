package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.factdesk.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginIT {

    private static final String PASSWORD = "lantern-orchard-57";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private String newUser() {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(null, () -> accounts.provisionAccount(username, "Test " + username, PASSWORD));
        return username;
    }

    private MvcResult login(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).param("username", username).param("password", password)
                .with(csrf())).andReturn();
    }

    private int events(String username, String type) {
        return ownerDatabase.jdbc().queryForObject("select count(*) from security_event where username = ? and type = ?",
                Integer.class, username, type);
    }

    @Test
    void correct_password_signs_in_with_a_new_session_id() throws Exception {
        String username = newUser();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = login(username, PASSWORD, session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(events(username, "LOGIN_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void wrong_password_unknown_user_and_disabled_account_all_get_the_same_answer() throws Exception {
        String username = newUser();
        MvcResult wrongPassword = login(username, "not-the-password-1", new MockHttpSession());
        MvcResult unknownUser = login("nobody-" + username, PASSWORD, new MockHttpSession());
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        ownerDatabase.jdbc().update("update user_account set enabled = false where username = ?", username);
        MvcResult disabled = login(username, PASSWORD, new MockHttpSession());
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(events(username, "LOGIN_FAILED")).isEqualTo(2);
    }

    @Test
    void ten_failures_lock_the_account_even_against_the_right_password() throws Exception {
        String username = newUser();
        for (int i = 0; i < 9; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession());
        }
        assertThat(events(username, "ACCOUNT_LOCKED")).isZero();
        login(username, "wrong-password-9", new MockHttpSession());
        assertThat(events(username, "ACCOUNT_LOCKED")).isEqualTo(1);

        MvcResult locked = login(username, PASSWORD, new MockHttpSession());
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(ownerDatabase.jdbc().queryForObject("select locked_until > now() + interval '14 minutes' from user_account"
                + " where username = ?", Boolean.class, username)).isTrue();
    }

    @Test
    void a_success_resets_the_failure_count() throws Exception {
        String username = newUser();
        for (int i = 0; i < 9; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession());
        }
        login(username, PASSWORD, new MockHttpSession());
        for (int i = 0; i < 9; i++) {
            login(username, "wrong-again-" + i, new MockHttpSession());
        }
        assertThat(events(username, "ACCOUNT_LOCKED")).isZero();
        assertThat(login(username, PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void logout_invalidates_the_session() throws Exception {
        String username = newUser();
        MockHttpSession session = new MockHttpSession();
        MvcResult in = login(username, PASSWORD, session);
        MockHttpSession signedIn = (MockHttpSession) in.getRequest().getSession();
        mvc.perform(post("/logout").session(signedIn).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(signedIn.isInvalid()).isTrue();
    }

    @Test
    void health_is_public_without_details_and_other_actuator_endpoints_need_an_admin() throws Exception {
        MvcResult health = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn();
        assertThat(health.getResponse().getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/actuator/metrics")).andExpect(redirectedUrl("http://localhost/login"));
    }
}
