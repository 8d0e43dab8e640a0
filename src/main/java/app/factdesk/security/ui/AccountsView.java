package app.factdesk.security.ui;

import app.factdesk.security.AccountAdminRow;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.InstallationAdminService;
import app.factdesk.security.NewAccount;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The installation administrator's accounts: disable or enable, reset a password, unlock, grant installation admin. */
@Route("admin/accounts")
@RolesAllowed(FactDeskUser.INSTALLATION_ADMIN)
@Menu(title = "menu.accounts", order = 81, icon = "vaadin:key")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final InstallationAdminService admin;
    private final Grid<AccountAdminRow> grid = new Grid<>();

    public AccountsView(InstallationAdminService admin) {
        this.admin = admin;
        setSizeFull();
        grid.setId("accounts-grid");
        app.factdesk.shared.ui.LtrValues.column(grid.addColumn(AccountAdminRow::username)).setHeader(getTranslation("members.username"));
        grid.addColumn(AccountAdminRow::displayName).setHeader(getTranslation("members.name")).setFlexGrow(2);
        app.factdesk.shared.ui.LtrValues.column(grid.addColumn(a -> a.email() == null ? "" : a.email())).setHeader(getTranslation("profile.email"));
        grid.addColumn(this::status).setHeader(getTranslation("members.status"));
        grid.addColumn(a -> a.installationAdmin() ? getTranslation("accounts.installation-admin") : "")
                .setHeader(getTranslation("accounts.installation-admin"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
        add(new H1(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")), grid);
        refresh();
    }

    private String status(AccountAdminRow account) {
        String state = getTranslation(account.enabled() ? "members.enabled" : "members.disabled");
        return account.locked() ? state + " · " + getTranslation("accounts.locked") : state;
    }

    private HorizontalLayout actions(AccountAdminRow a) {
        HorizontalLayout actions = new HorizontalLayout(
                small(a.enabled() ? "members.disable" : "members.enable",
                        () -> admin.setAccountEnabled(a.id(), !a.enabled())),
                small("accounts.reset-password", () -> showPassword(admin.resetPassword(a.id()))),
                small(a.installationAdmin() ? "accounts.revoke-admin" : "accounts.grant-admin",
                        () -> admin.setInstallationAdmin(a.id(), !a.installationAdmin())));
        if (a.locked()) {
            actions.add(small("accounts.unlock", () -> admin.unlock(a.id())));
        }
        return actions;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (UserFacingException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void showPassword(NewAccount reset) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.password-reset-title", reset.account().username()));
        Span password = new Span(reset.initialPassword());
        password.setId("one-time-password");
        password.getElement().setAttribute("dir", "ltr");
        dialog.add(new Paragraph(getTranslation("members.created-text")), password);
        dialog.getFooter().add(new Button(getTranslation("app.close"), click -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(admin.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
