package app.factdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.security.ui.LoginView;
import app.factdesk.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the sign-in page offers when single sign-on is configured (the test configuration names a provider). */
class SsoLoginUiIT extends KaribuTest {

    @Autowired
    SsoSettings settings;

    @AfterEach
    void passwordsBackOn() {
        settings.localPasswords(true);
    }

    @Test
    void the_sign_in_page_offers_the_provider_beside_the_password_form() {
        UI.getCurrent().navigate(LoginView.class);
        Anchor sso = _get(Anchor.class, spec -> spec.withId("sign-in-sso"));
        assertThat(sso.getText()).isEqualTo("Sign in with Newsroom ID");
        assertThat(sso.getHref()).isEqualTo("oauth2/authorization/sso");
        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("sso-refused"))).as("no refusal shown").isEmpty();
    }

    @Test
    void with_passwords_turned_off_only_the_provider_is_offered() {
        settings.localPasswords(false);
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(LoginForm.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("sign-in-sso"))).hasSize(1);
    }

    @Test
    void a_refused_sign_in_is_explained() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso-refused", "")));
        assertThat(_get(Div.class, spec -> spec.withId("sso-refused")).getText())
                .startsWith("Signing in with Newsroom ID did not let you into Fact Desk.");
    }
}
