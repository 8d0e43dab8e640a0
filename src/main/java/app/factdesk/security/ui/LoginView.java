package app.factdesk.security.ui;

import app.factdesk.security.SsoSettings;
import app.factdesk.shared.DatabaseStatus;
import app.factdesk.shared.ui.TranslationProvider;
import app.factdesk.shared.ui.UiLocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final DatabaseStatus database;
    private final SsoSettings sso;
    private final Div ssoRefused = new Div();

    public LoginView(AuthenticationContext authentication, DatabaseStatus database, SsoSettings sso) {
        getElement().setAttribute("role", "main"); // no app shell here: the view is the main landmark
        this.authentication = authentication;
        this.database = database;
        this.sso = sso;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        H1 title = new H1(getTranslation("app.name"));
        add(languageSwitch(), title, new Paragraph(getTranslation("login.tagline")));
        ssoRefused.setId("sso-refused");
        ssoRefused.addClassName("login-sso-refused");
        ssoRefused.getElement().setAttribute("role", "alert");
        ssoRefused.setVisible(false);
        add(ssoRefused);
        if (sso.enabled()) {
            // A full page load (router-ignore): Spring Security redirects to the provider from there.
            Anchor signInWithProvider = new Anchor(sso.authorizationPath(),
                    getTranslation("login.sso", sso.providerName()));
            signInWithProvider.setId("sign-in-sso");
            signInWithProvider.setRouterIgnore(true);
            signInWithProvider.addClassName("login-sso");
            add(signInWithProvider);
        }
        add(form);
    }

    /** The other language of the desk, before anyone signs in; the choice lasts for this browser session. */
    private Button languageSwitch() {
        boolean arabic = TranslationProvider.isRightToLeft(getLocale());
        Button toggle = new Button(arabic ? "English" : "العربية", click -> {
            Locale chosen = arabic ? TranslationProvider.ENGLISH : TranslationProvider.ARABIC;
            VaadinSession.getCurrent().setAttribute(UiLocale.CHOSEN, chosen);
            UiLocale.apply(UI.getCurrent(), chosen);
            UI.getCurrent().getPage().reload();
        });
        toggle.setId("login-language");
        toggle.getElement().setAttribute("lang", arabic ? "en" : "ar");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean unavailable = parameters.containsKey("unavailable")
                || parameters.containsKey("error") && !database.available();
        LoginI18n i18n = i18n();
        if (unavailable) {
            i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
        }
        form.setI18n(i18n);
        form.setError(unavailable || parameters.containsKey("error"));
        form.setVisible(sso.localPasswords()); // SSO only when the installation turned passwords off
        if (parameters.containsKey("sso-refused")) {
            ssoRefused.setText(getTranslation("login.sso-refused", sso.providerName()));
            ssoRefused.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
