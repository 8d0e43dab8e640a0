package app.factdesk.workspace.ui;

import app.factdesk.security.PasswordPolicy;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.InstallationSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * First run: with the token printed in the log, creates the installation administrator and the first workspace.
 * Without the right token, or once any account exists, it shows only that setup is not available.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InstallationSetup setup;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final TextField workspace = new TextField();
    private final Paragraph message = new Paragraph();
    private String token;

    public SetupView(InstallationSetup setup) {
        getElement().setAttribute("role", "main"); // no app shell here: the view is the main landmark
        this.setup = setup;
        message.setId("setup-message");
        username.setLabel(getTranslation("members.username"));
        username.setId("setup-username");
        displayName.setLabel(getTranslation("members.name"));
        displayName.setId("setup-display-name");
        password.setLabel(getTranslation("password.new"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("setup-repeat");
        workspace.setLabel(getTranslation("setup.workspace"));
        workspace.setId("setup-workspace");
        workspace.setMaxLength(120);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        removeAll();
        add(new H1(getTranslation("setup.title")), message);
        if (!setup.acceptsToken(token)) {
            message.setText(getTranslation("setup.unavailable"));
            return;
        }
        message.setText(getTranslation("setup.intro"));
        FormLayout form = new FormLayout(username, displayName, password, repeat, workspace);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button create = new Button(getTranslation("setup.create"), click -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, create);
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            return;
        }
        try {
            setup.setUpWithToken(token, username.getValue(), displayName.getValue(), password.getValue(),
                    workspace.getValue());
        } catch (UserFacingException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        removeAll();
        message.setText(getTranslation("setup.done"));
        Anchor signIn = new Anchor("login", getTranslation("setup.sign-in"));
        signIn.setId("setup-sign-in");
        add(new H1(getTranslation("setup.title")), message, signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
