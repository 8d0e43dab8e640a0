package app.factdesk.workspace.ui;

import app.factdesk.security.NewAccount;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.MemberRow;
import app.factdesk.workspace.MemberService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins manage who is in the workspace and with which role. */
@Route("admin/members")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.members", order = 80, icon = "vaadin:users")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final Grid<MemberRow> grid = new Grid<>();

    public MembersView(MemberService members) {
        this.members = members;
        setSizeFull();
        NewMemberForm form = new NewMemberForm();
        form.addCreateListener(event -> act(() -> showOneTimePassword(
                members.createMember(event.username(), event.displayName(), event.role())), form));
        form.addAddExistingListener(event -> act(() -> {
            members.addExistingUser(event.username(), event.role());
            Notification.show(getTranslation("members.added", event.username()));
        }, form));

        grid.setId("members-grid");
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("members.name")).setFlexGrow(2);
        grid.addColumn(MemberRow::username).setHeader(getTranslation("members.username"));
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role"));
        grid.addColumn(m -> getTranslation(m.enabled() ? "members.enabled" : "members.disabled"))
                .setHeader(getTranslation("members.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
        add(new H2(getTranslation("members.title")), form, grid);
        refresh();
    }

    private Select<Role> roleSelect(MemberRow member) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("members.role") + " " + member.username());
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> members.changeRole(member.userId(), change.getValue()), null);
            }
        });
        return role;
    }

    private Button actions(MemberRow member) {
        Button toggle = new Button(getTranslation(member.enabled() ? "members.disable" : "members.enable"),
                click -> act(() -> members.setEnabled(member.userId(), !member.enabled()), null));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private void act(Runnable action, NewMemberForm form) {
        try {
            action.run();
            if (form != null) {
                form.clear();
            }
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void showOneTimePassword(NewAccount created) {
        new OneTimePasswordDialog(created).open();
    }

    private void refresh() {
        grid.setItems(members.members());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
