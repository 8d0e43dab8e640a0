package app.factdesk.workspace.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.InvitationRow;
import app.factdesk.workspace.InvitationService;
import app.factdesk.workspace.MemberRow;
import app.factdesk.workspace.MemberService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins manage the memberships of their workspace: create a member, invite someone, change a role, suspend or
 * reinstate a membership, remove it. Account-wide actions are on the installation administrator's Accounts page.
 */
@Route("admin/members")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.members", order = 80, icon = "vaadin:users")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final InvitationService invitations;
    private final Grid<MemberRow> grid = new Grid<>();
    private final Grid<InvitationRow> pending = new Grid<>();

    public MembersView(MemberService members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
        setSizeFull();
        NewMemberForm form = new NewMemberForm();
        form.addCreateListener(event -> act(() -> new OneTimePasswordDialog(
                members.createMember(event.username(), event.displayName(), event.role())).open(), form::clear));
        InviteForm invite = new InviteForm();
        invite.addInviteListener(event -> act(() -> {
            invitations.invite(event.invitee(), event.role());
            Toast.done(getTranslation("invitations.sent"));
        }, invite::clear));

        grid.setId("members-grid");
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("members.name")).setFlexGrow(2);
        app.factdesk.shared.ui.LtrValues.column(grid.addColumn(MemberRow::username)).setHeader(getTranslation("members.username"));
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role"));
        grid.addColumn(this::status).setHeader(getTranslation("members.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
        pending.setId("invitations-grid");
        pending.setAllRowsVisible(true);
        pending.addColumn(InvitationRow::invitee).setHeader(getTranslation("invitations.invitee"));
        pending.addColumn(i -> getTranslation("role." + i.role().name())).setHeader(getTranslation("members.role"));
        pending.addComponentColumn(i -> small(getTranslation("invitations.revoke"),
                () -> invitations.revoke(i.id()))).setHeader(getTranslation("members.actions"));
        add(new H1(getTranslation("members.title")), form, invite, grid,
                new H2(getTranslation("invitations.pending")), pending);
        refresh();
    }

    private String status(MemberRow member) {
        if (!member.enabled()) {
            return getTranslation("members.disabled");
        }
        return getTranslation(member.suspended() ? "members.suspended" : "members.enabled");
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

    private HorizontalLayout actions(MemberRow member) {
        Button suspend = small(getTranslation(member.suspended() ? "members.reinstate" : "members.suspend"),
                () -> members.setSuspended(member.userId(), !member.suspended()));
        Button remove = small(getTranslation("members.remove"), () -> members.removeMember(member.userId()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(suspend, remove);
    }

    private Button small(String label, Runnable action) {
        Button button = new Button(label, click -> act(action, null));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void act(Runnable action, Runnable onSuccess) {
        try {
            action.run();
            if (onSuccess != null) {
                onSuccess.run();
            }
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(members.members());
        pending.setItems(invitations.pendingInvitations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
