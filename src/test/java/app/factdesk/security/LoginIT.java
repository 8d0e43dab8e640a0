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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import jakarta.servlet.http.Cookie;

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

    private MvcResult loginFrom(String address, String username, String password, Cookie... cookies)
            throws Exception {
        var request = post("/login").session(new MockHttpSession()).param("username", username)
                .param("password", password).with(csrf()).with(from(address));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String landing(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void ten_failures_from_anywhere_lock_the_account_only_for_places_that_never_signed_in() throws Exception {
        String username = newUser();
        assertThat(landing(loginFrom("10.1.0.1", username, PASSWORD))).isEqualTo("/");
        Cookie device = loginFrom("10.1.0.2", username, PASSWORD).getResponse().getCookie(TrustedPlaces.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(landing(loginFrom("10.2.0." + i, username, "wrong-password-" + i))).isEqualTo("/login?error");
        }
        assertThat(events(username, "ACCOUNT_LOCKED")).isEqualTo(1);

        assertThat(landing(loginFrom("10.3.0.1", username, PASSWORD))).as("an unknown place").isEqualTo("/login?error");
        assertThat(events(username, "LOGIN_THROTTLED")).isEqualTo(1);
        assertThat(landing(loginFrom("10.1.0.1", username, PASSWORD))).as("a known address").isEqualTo("/");
        assertThat(landing(loginFrom("10.3.0.2", username, PASSWORD, device))).as("a known device").isEqualTo("/");
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from audit_event where workspace_id is null and actor_name = ?"
                + " and action in ('auth.locked', 'auth.login_throttled')", Integer.class, username)).isEqualTo(2);
    }

    @Test
    void failures_from_one_place_make_that_place_wait_with_growing_delays_and_spare_the_others() throws Exception {
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            loginFrom("10.4.0.1", username, "wrong-password-" + i);
        }
        assertThat(landing(loginFrom("10.4.0.1", username, PASSWORD))).as("waiting").isEqualTo("/login?error");
        assertThat(events(username, "LOGIN_THROTTLED")).isEqualTo(1);
        assertThat(events(username, "LOGIN_FAILED")).as("the throttled attempt is not checked").isEqualTo(3);
        assertThat(landing(loginFrom("10.4.0.2", username, PASSWORD))).as("another place").isEqualTo("/");
        Thread.sleep(1_100);
        assertThat(landing(loginFrom("10.4.0.1", username, "wrong-password-3"))).isEqualTo("/login?error");
        assertThat(ownerDatabase.jdbc().queryForObject("select extract(epoch from blocked_until - last_failure_at) from "
                + "sign_in_throttle where username = ? and place = 'addr:10.4.0.1'", Double.class, username))
                .as("the fourth failure doubles the delay").isEqualTo(2.0);
    }

    @Test
    void a_success_resets_the_failure_count() throws Exception {
        String username = newUser();
        for (int i = 0; i < 2; i++) {
            loginFrom("10.5.0.1", username, "wrong-password-" + i);
        }
        assertThat(landing(loginFrom("10.5.0.1", username, PASSWORD))).isEqualTo("/");
        for (int i = 0; i < 2; i++) {
            loginFrom("10.5.0.1", username, "wrong-again-" + i);
        }
        assertThat(events(username, "LOGIN_THROTTLED")).isZero();
        assertThat(landing(loginFrom("10.5.0.1", username, PASSWORD))).isEqualTo("/");
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused() throws Exception {
        String username = newUser();
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .header("Origin", "https://attacker.example")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(events(username, "LOGIN_SUCCEEDED")).isZero();
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
