package app.factdesk.workspace.ui;

import app.factdesk.security.Role;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Username or e-mail and role of a person to invite; fires an event, the view calls the service. */
class InviteForm extends Composite<HorizontalLayout> {

    private final TextField invitee = new TextField();
    private final Select<Role> role = new Select<>();

    InviteForm() {
        invitee.setLabel(getTranslation("invitations.invitee"));
        invitee.setId("invitee");
        invitee.setMaxLength(254);
        role.setLabel(getTranslation("members.role"));
        role.setId("invite-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.VIEWER);
        Button invite = new Button(getTranslation("invitations.invite"), click -> fire());
        invite.setId("invite-member");
        getContent().add(invitee, role, invite);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
    }

    private void fire() {
        if (invitee.getValue().isBlank()) {
            invitee.setInvalid(true);
            invitee.setErrorMessage(getTranslation("invitations.invitee-required"));
            return;
        }
        invitee.setInvalid(false);
        fireEvent(new InviteEvent(this, invitee.getValue().strip(), role.getValue()));
    }

    void clear() {
        invitee.clear();
        role.setValue(Role.VIEWER);
    }

    static class InviteEvent extends ComponentEvent<InviteForm> {
        private final String invitee;
        private final Role role;

        InviteEvent(InviteForm source, String invitee, Role role) {
            super(source, false);
            this.invitee = invitee;
            this.role = role;
        }

        String invitee() {
            return invitee;
        }

        Role role() {
            return role;
        }
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }
}
