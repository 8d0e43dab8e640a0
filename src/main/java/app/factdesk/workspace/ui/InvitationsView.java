package app.factdesk.workspace.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.InvitationService;
import app.factdesk.workspace.MyInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's pending invitations to other workspaces, to accept or decline. */
@Route("invitations")
@PermitAll
@Menu(title = "menu.invitations", order = 88, icon = "vaadin:envelope")
public class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final Grid<MyInvitation> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public InvitationsView(InvitationService invitations) {
        this.invitations = invitations;
        grid.setId("my-invitations");
        grid.setAllRowsVisible(true);
        grid.addColumn(MyInvitation::workspaceName).setHeader(getTranslation("invitations.workspace"));
        grid.addColumn(i -> getTranslation("role." + i.role().name())).setHeader(getTranslation("members.role"));
        grid.addColumn(MyInvitation::invitedBy).setHeader(getTranslation("invitations.invited-by"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("members.actions")).setAutoWidth(true);
        none.setText(getTranslation("invitations.none"));
        add(new H1(getTranslation("invitations.title")), none, grid);
        refresh();
    }

    private HorizontalLayout actions(MyInvitation invitation) {
        Button accept = new Button(getTranslation("invitations.accept"), click -> act(() -> {
            invitations.acceptInvitationAcrossWorkspaces(invitation.id());
            Toast.done(getTranslation("invitations.accepted", invitation.workspaceName()));
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button decline = new Button(getTranslation("invitations.decline"),
                click -> act(() -> invitations.declineInvitationAcrossWorkspaces(invitation.id())));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(accept, decline);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        var mine = invitations.myInvitationsAcrossWorkspaces();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitations.title");
    }
}
