package app.factdesk.security.ui;

import app.factdesk.security.AccountService;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where a user with a one-time password must choose their own before doing anything else. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts) {
        PasswordFields fields = new PasswordFields();
        Button save = new Button(getTranslation("password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!fields.repeatMatches()) {
                return;
            }
            try {
                accounts.changeOwnPassword(fields.current.getValue(), fields.fresh.getValue());
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException refused) {
                fields.showRefusal(refused);
            }
        });
        add(new H1(getTranslation("password.change-title")), new Paragraph(getTranslation("password.change-intro")),
                fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change-title");
    }
}
