package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.audit.ui.AccountChainView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

class AccountChainUiIT extends KaribuTest {

    private void loginAsInstallationAdmin() {
        UserDetails admin = login(TestUsers.ADMIN);
        List<GrantedAuthority> authorities = new ArrayList<>(admin.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTALLATION_ADMIN"));
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(admin, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> authorities.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    @Test
    void an_installation_admin_verifies_the_sign_in_history_chain() {
        loginAsInstallationAdmin();
        UI.getCurrent().navigate(AccountChainView.class);
        _click(_get(Button.class, spec -> spec.withId("account-chain-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("account-chain-verification")).getText())
                .startsWith("Chain intact: ");
    }

    @Test
    void a_workspace_admin_cannot_open_the_sign_in_history_chain() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(AccountChainView.class);
        assertThat(UI.getCurrent().getChildren().noneMatch(AccountChainView.class::isInstance)).isTrue();
    }

    @Test
    void the_login_page_says_the_database_is_unavailable_instead_of_a_wrong_password() {
        UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("The database is unavailable; retrying").doesNotContain("password is not right");
    }
}
