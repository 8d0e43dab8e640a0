package app.factdesk.security.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.security.AccountService;
import app.factdesk.security.ApiTokenService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.ProfileSection;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("profile")
@PermitAll
@Menu(title = "menu.profile", order = 90, icon = "vaadin:user")
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public ProfileView(AccountService accounts, ApiTokenService tokens, CurrentUser currentUser,
            List<ProfileSection> sections) {
        FactDeskUser me = currentUser.require();
        TextField displayName = new TextField(getTranslation("profile.display-name"));
        displayName.setId("display-name");
        displayName.setValue(me.displayName());
        displayName.setMaxLength(120);
        displayName.setRequired(true);
        Select<String> language = new Select<>();
        language.setId("profile-language");
        language.setLabel(getTranslation("profile.language"));
        language.setItems("en", "ar");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(me.language());
        Button saveProfile = new Button(getTranslation("profile.save"), click -> {
            try {
                accounts.updateOwnProfile(displayName.getValue(), language.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (UserFacingException refused) {
                displayName.setInvalid(true);
                displayName.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        saveProfile.setId("save-profile");
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout profile = new FormLayout(displayName, language);
        profile.setMaxWidth("28rem");
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        TextField email = new TextField(getTranslation("profile.email"));
        email.setId("profile-email");
        email.setMaxLength(254);
        email.setValue(accounts.ownEmail());
        email.setHelperText(getTranslation("profile.email-hint"));
        Button saveEmail = new Button(getTranslation("profile.save-email"), click -> {
            try {
                accounts.changeOwnEmail(email.getValue());
                email.setInvalid(false);
                Toast.done(getTranslation("profile.email-saved"));
            } catch (UserFacingException refused) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        saveEmail.setId("save-email");

        PasswordFields passwords = new PasswordFields();
        Button savePassword = new Button(getTranslation("password.save"), click -> {
            if (!passwords.repeatMatches()) {
                return;
            }
            try {
                accounts.changeOwnPassword(passwords.current.getValue(), passwords.fresh.getValue());
                passwords.clear();
                Toast.done(getTranslation("password.changed"));
            } catch (UserFacingException refused) {
                passwords.showRefusal(refused);
            }
        });
        savePassword.setId("save-password");
        add(new H1(getTranslation("profile.title")), profile, saveProfile, email, saveEmail);
        sections.forEach(section -> add(section.create()));
        add(new H2(getTranslation("password.change-title")), passwords, savePassword);
        if (me.workspace() != null) {
            add(new ApiTokensPanel(tokens, me.workspace().workspaceName()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
