package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.factdesk.AccountChain;
import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestOidcProvider;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on over real HTTP: the browser's redirects between Fact Desk and a real OIDC provider in the test JVM
 * ({@link TestOidcProvider}), driven with the JDK's HTTP client and its own cookie jar.
 */
@IntegrationTest
class SsoLoginIT {

    @LocalServerPort
    int port;
    @Autowired
    TestOidcProvider provider;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;
    @Autowired
    InstallationAdminService installationAdmin;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SsoSettings settings;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    AccountChain accountChain;
    @Autowired
    MockMvc mvc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String member;
    private long memberId;
    private String email;

    @BeforeEach
    void aMemberWithAnAddress() {
        member = fixtures.addMember(fixtures.createOther(), Role.ADMIN, "Sami SSO");
        email = member + "@newsroom.example";
        memberId = users.as(member, () -> {
            accounts.changeOwnEmail(email);
            return currentUser.require().userId();
        });
    }

    @AfterEach
    void defaults() {
        settings.createAccounts(false);
        settings.localPasswords(true);
        TestUsers.signOut();
    }

    /** Follows the sign-in from Fact Desk to the provider and back; returns where Fact Desk sends the browser then. */
    private String signInWithProvider() throws Exception {
        HttpResponse<String> start = get("http://localhost:" + port + "/oauth2/authorization/sso");
        assertThat(start.statusCode()).isEqualTo(302);
        String atProvider = location(start);
        assertThat(atProvider).startsWith(TestOidcProvider.ISSUER + "/authorize?").contains("nonce=", "state=",
                "client_id=" + TestOidcProvider.CLIENT_ID);
        HttpResponse<String> back = get(atProvider);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> done = get(location(back));
        assertThat(done.statusCode()).isEqualTo(302);
        return location(done).replace("http://localhost:" + port, "");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private TestOidcProvider.Person person(String subject, String address, boolean verified) {
        return new TestOidcProvider.Person(subject, address, verified, "Sami at the IdP", "sami");
    }

    private int signIns(long userId) {
        return owner.jdbc().queryForObject("select count(*) from security_event where user_id = ? and type = "
                + "'LOGIN_SUCCEEDED'", Integer.class, userId);
    }

    private List<String> refusals(String reason) {
        return owner.jdbc().queryForList("select after::text from audit_event where workspace_id is null and "
                + "action = 'auth.sso_refused' and after->>'reason' = ?", String.class, reason);
    }

    @Test
    void the_first_sign_in_links_the_account_with_that_verified_address_and_later_ones_use_the_link() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        provider.nextSignIn(person(subject, email.toUpperCase(), true));

        assertThat(get(app("/actuator/metrics")).statusCode()).as("not signed in yet").isNotEqualTo(200);
        String backTo = signInWithProvider();
        assertThat(backTo).as("back where the person was going").isEqualTo("/actuator/metrics?continue");
        assertThat(get(app(backTo)).statusCode()).as("the session is the workspace admin's").isEqualTo(200);
        assertThat(signIns(memberId)).isEqualTo(1);
        assertThat(accountChain.actionsAbout("account", memberId)).containsSubsequence("auth.sso_linked",
                "auth.login_succeeded");
        assertThat(accountChain.lastAfter("account", memberId)).contains("\"provider\": \"Newsroom ID\"");
        assertThat(owner.jdbc().queryForObject("select user_id from account_identity where issuer = ? and subject = ?",
                Long.class, TestOidcProvider.ISSUER, subject)).isEqualTo(memberId);

        provider.nextSignIn(person(subject, "changed-at-the-provider@elsewhere.example", false));
        assertThat(signInWithProvider()).as("the link, not the address, decides now").isEqualTo("/");
        assertThat(signIns(memberId)).isEqualTo(2);
    }

    @Test
    void an_unknown_identity_is_refused_and_gets_no_account_unless_the_installation_allows_it() throws Exception {
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@newsroom.example";
        provider.nextSignIn(person("sub-" + UUID.randomUUID(), stranger, true));
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(refusals(SsoAccounts.UNKNOWN)).isNotEmpty();
        assertThat(owner.jdbc().queryForObject("select count(*) from user_account where email = ?", Integer.class,
                stranger)).isZero();

        settings.createAccounts(true);
        assertThat(signInWithProvider()).isEqualTo("/");
        Long created = owner.jdbc().queryForObject("select id from user_account where email = ?", Long.class, stranger);
        assertThat(accountChain.actionsAbout("account", created)).containsSubsequence("auth.sso_account_created",
                "auth.login_succeeded");
        assertThat(owner.jdbc().queryForObject("select count(*) from membership where user_id = ?", Integer.class,
                created)).as("an admin adds them to a workspace").isZero();
    }

    @Test
    void an_address_the_provider_does_not_vouch_for_links_nothing() throws Exception {
        provider.nextSignIn(person("sub-" + UUID.randomUUID(), email, false));
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(signIns(memberId)).isZero();
        assertThat(refusals(SsoAccounts.UNVERIFIED)).isNotEmpty();
    }

    @Test
    void a_disabled_account_cannot_sign_in_with_the_provider() throws Exception {
        users.signIn(TestUsers.ADMIN);
        installationAdmin.setAccountEnabled(memberId, false);
        provider.nextSignIn(person("sub-" + UUID.randomUUID(), email, true));
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(signIns(memberId)).isZero();
        assertThat(refusals(SsoAccounts.DISABLED)).isNotEmpty();
    }

    @Test
    void a_forged_state_a_replayed_nonce_and_a_token_for_another_client_are_refused() throws Exception {
        int forged = refusals("authorization_request_not_found").size();
        int replayed = refusals("invalid_nonce").size();
        int foreign = refusals("invalid_id_token").size();
        provider.nextSignIn(person("sub-" + UUID.randomUUID(), email, true));
        provider.forgeState();
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(refusals("authorization_request_not_found")).hasSize(forged + 1);

        provider.nextSignIn(person("sub-" + UUID.randomUUID(), email, true));
        provider.tamperIdToken(claims -> claims.claim("nonce", "a-nonce-of-another-sign-in"));
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(refusals("invalid_nonce")).hasSize(replayed + 1);

        provider.nextSignIn(person("sub-" + UUID.randomUUID(), email, true));
        provider.tamperIdToken(claims -> claims.audience("another-client"));
        assertThat(signInWithProvider()).isEqualTo("/login?sso-refused");
        assertThat(refusals("invalid_id_token")).hasSize(foreign + 1);

        assertThat(signIns(memberId)).isZero();
        assertThat(owner.jdbc().queryForObject("select count(*) from account_identity where user_id = ?",
                Integer.class, memberId)).isZero();
    }

    @Test
    void with_local_passwords_turned_off_the_password_form_is_refused() throws Exception {
        settings.localPasswords(false);
        mvc.perform(post("/login").param("username", member).param("password", TwoWorkspaces.PASSWORD)
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(signIns(memberId)).isZero();

        settings.localPasswords(true);
        mvc.perform(post("/login").param("username", member).param("password", TwoWorkspaces.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/"));
        assertThat(signIns(memberId)).isEqualTo(1);
    }
}
