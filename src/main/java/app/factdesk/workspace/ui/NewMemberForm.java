package app.factdesk.workspace.ui;

import app.factdesk.security.Role;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Username, display name and role for a new member; fires events, the view calls the service. */
class NewMemberForm extends Composite<HorizontalLayout> {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();

    NewMemberForm() {
        username.setLabel(getTranslation("members.username"));
        username.setId("new-username");
        username.setMaxLength(64);
        username.setPattern("[A-Za-z0-9._-]{3,64}");
        username.setHelperText(getTranslation("members.username-hint"));
        displayName.setLabel(getTranslation("members.name"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(120);
        role.setLabel(getTranslation("members.role"));
        role.setId("new-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.VIEWER);
        Button create = new Button(getTranslation("members.create"), click -> fire());
        create.setId("create-member");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(username, displayName, role, create);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
    }

    private void fire() {
        if (username.getValue().isBlank()) {
            username.setInvalid(true);
            username.setErrorMessage(getTranslation("members.username-required"));
            return;
        }
        fireEvent(new CreateEvent(this));
    }

    void clear() {
        username.clear();
        displayName.clear();
        role.setValue(Role.VIEWER);
    }

    abstract static class MemberEvent extends ComponentEvent<NewMemberForm> {
        MemberEvent(NewMemberForm source) {
            super(source, false);
        }

        String username() {
            return getSource().username.getValue().strip();
        }

        String displayName() {
            return getSource().displayName.getValue();
        }

        Role role() {
            return getSource().role.getValue();
        }
    }

    static class CreateEvent extends MemberEvent {
        CreateEvent(NewMemberForm source) {
            super(source);
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
