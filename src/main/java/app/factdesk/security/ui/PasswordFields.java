package app.factdesk.security.ui;

import app.factdesk.security.PasswordPolicy;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** Current, new and repeated password, with the policy shown as a hint. */
class PasswordFields extends Composite<FormLayout> {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();

    PasswordFields() {
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        getContent().add(current, fresh, repeat);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().setMaxWidth("28rem");
    }

    /** True when both new fields agree; marks the repeat field otherwise. */
    boolean repeatMatches() {
        boolean matches = fresh.getValue().equals(repeat.getValue());
        repeat.setInvalid(!matches);
        repeat.setErrorMessage(matches ? null : getTranslation("password.mismatch"));
        return matches;
    }

    /** Shows a refusal on the field it is about: the current password, or the new one. */
    void showRefusal(app.factdesk.shared.UserFacingException refused) {
        PasswordField field = refused.messageKey().equals("password.current-wrong") ? current : fresh;
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
    }

    void clear() {
        current.clear();
        fresh.clear();
        repeat.clear();
    }
}
