package app.factdesk.discussion.ui;

import app.factdesk.discussion.MailPreferenceService;
import app.factdesk.discussion.MailPreferences;
import app.factdesk.discussion.NotificationType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The profile's e-mail notification choices: which kinds, at once or as a daily digest. Says so when the installation
 * sends no e-mail, or when the person has no address yet.
 */
class MailSettingsPanel extends Composite<VerticalLayout> {

    MailSettingsPanel(MailPreferenceService service, boolean hasAddress) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H2(getTranslation("mail.settings-title")));
        if (!service.mailEnabled()) {
            Paragraph off = new Paragraph(getTranslation("mail.settings-off"));
            off.setId("mail-off");
            layout.add(off);
            return;
        }
        if (!hasAddress) {
            Paragraph noAddress = new Paragraph(getTranslation("mail.settings-no-address"));
            noAddress.setId("mail-no-address");
            layout.add(noAddress);
        }
        MailPreferences current = service.mine();
        CheckboxGroup<NotificationType> kinds = new CheckboxGroup<>(getTranslation("mail.settings-kinds"));
        kinds.setId("mail-kinds");
        kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        kinds.setItems(NotificationType.MAILABLE);
        kinds.setItemLabelGenerator(type -> getTranslation("mail.kind." + type.name()));
        kinds.setValue(current.kinds());
        RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>(getTranslation("mail.settings-mode"));
        mode.setId("mail-mode");
        mode.setItems(false, true);
        mode.setItemLabelGenerator(digest -> getTranslation(digest ? "mail.settings-digest"
                : "mail.settings-immediately"));
        mode.setValue(current.digest());
        Button save = new Button(getTranslation("mail.settings-save"), click -> {
            service.saveMine(new MailPreferences(kinds.getValue(), Boolean.TRUE.equals(mode.getValue())));
            Notification.show(getTranslation("mail.settings-saved"));
        });
        save.setId("save-mail");
        layout.add(kinds, mode, save);
    }
}
