package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.TestOidcProvider;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.AccountService;
import app.factdesk.security.Role;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Single sign-on in Chromium: the sign-in page's provider link, the provider's redirect back, the desk. */
class SsoJourneyIT extends BrowserJourney {

    @Autowired
    TestOidcProvider provider;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;

    @Test
    void a_member_signs_in_with_the_newsroom_provider_and_works_in_their_workspace() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String member = fixtures.addMember(desk, Role.EDITOR, "Salma Single");
        String email = member + "@newsroom.example";
        users.as(member, () -> {
            accounts.changeOwnEmail(email);
            return null;
        });
        provider.nextSignIn(new TestOidcProvider.Person("journey-" + member, email, true, "Salma", member));

        page.navigate(url("/login"));
        assertThat(page.locator("#sign-in-sso")).hasText("Sign in with Newsroom ID");
        screenshot("sso-login-page");
        page.locator("#sign-in-sso").click();

        assertThat(page.locator("#current-workspace")).containsText("Desk B");
        assertThat(page.locator("#dashboard-states")).isVisible();
        screenshot("sso-signed-in");
        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in-sso")).hasText("Sign in with Newsroom ID");
        Map<String, String> logout = provider.lastLogout();
        org.assertj.core.api.Assertions.assertThat(logout).as("signed out at the provider too")
                .containsEntry("client_id", TestOidcProvider.CLIENT_ID)
                .containsEntry("post_logout_redirect_uri", url("/login"));
        org.assertj.core.api.Assertions.assertThat(SignedJWT.parse(logout.get("id_token_hint")).getJWTClaimsSet()
                .getSubject()).isEqualTo("journey-" + member);
        page.navigate(url("/"));
        assertThat(page.locator("#sign-in-sso")).isVisible(); // the Fact Desk session is over
    }
}
