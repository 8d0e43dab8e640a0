package app.factdesk.report.ui;

import app.factdesk.report.ReportSettingsRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** The ClaimReview publisher settings for admins; fires {@link SaveEvent}, the view saves. */
class ReportSettingsForm extends FormLayout {

    /** The admin saved these settings. */
    static class SaveEvent extends ComponentEvent<ReportSettingsForm> {
        private final ReportSettingsRow settings;

        SaveEvent(ReportSettingsForm source, ReportSettingsRow settings) {
            super(source, false);
            this.settings = settings;
        }

        ReportSettingsRow settings() {
            return settings;
        }
    }

    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final TextField pattern = new TextField();

    ReportSettingsForm(ReportSettingsRow current) {
        name.setLabel(getTranslation("export.settings.name"));
        url.setLabel(getTranslation("export.settings.url"));
        pattern.setLabel(getTranslation("export.settings.pattern"));
        name.setId("report-settings-name");
        url.setId("report-settings-url");
        pattern.setId("report-settings-pattern");
        pattern.setPlaceholder("https://example.org/fact-checks/{claimId}");
        url.getElement().setAttribute("dir", "ltr");
        pattern.getElement().setAttribute("dir", "ltr");
        if (current != null) {
            name.setValue(current.organisationName());
            url.setValue(current.organisationUrl());
            pattern.setValue(current.publicationUrlPattern());
        }
        Button save = new Button(getTranslation("export.settings.save"), click -> fireEvent(new SaveEvent(this,
                new ReportSettingsRow(name.getValue(), url.getValue(), pattern.getValue()))));
        save.setId("report-settings-save");
        add(name, url, pattern, save);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
