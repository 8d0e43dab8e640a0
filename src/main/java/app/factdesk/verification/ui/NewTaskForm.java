package app.factdesk.verification.ui;

import app.factdesk.shared.ui.TextGuard;
import app.factdesk.workspace.MemberEntry;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;

/** An editor's form for a new task on a claim; fires {@link SaveEvent}, never calls a service. */
class NewTaskForm extends FormLayout {

    /** Add pressed with a valid title. */
    static class SaveEvent extends ComponentEvent<NewTaskForm> {
        final String title;
        final String description;
        final Long assigneeId;
        final LocalDate due;
        final boolean required;

        SaveEvent(NewTaskForm source, String title, String description, Long assigneeId, LocalDate due,
                boolean required) {
            super(source, false);
            this.title = title;
            this.description = description;
            this.assigneeId = assigneeId;
            this.due = due;
            this.required = required;
        }
    }

    private final TextField title = new TextField(getTranslation("tasks.task-title"));
    private final TextArea description = new TextArea(getTranslation("tasks.description"));
    private final ComboBox<MemberEntry> assignee = new ComboBox<>(getTranslation("tasks.assignee"));
    private final DatePicker due = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker(getTranslation("tasks.due")));
    private final Checkbox required = new Checkbox(getTranslation("tasks.required"));

    NewTaskForm(List<MemberEntry> assignable) {
        setId("new-task-form");
        title.setId("task-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        description.setId("task-description");
        description.setMaxLength(5000);
        assignee.setId("task-assignee");
        assignee.setItems(assignable);
        assignee.setItemLabelGenerator(m -> m.displayName() + " (@" + m.username() + ")");
        assignee.setClearButtonVisible(true);
        due.setId("task-due");
        required.setId("task-required");
        Button add = new Button(getTranslation("tasks.create"), click -> save());
        add.setId("task-create");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, assignee, due, required, description, add);
        setColspan(description, 2);
    }

    private void save() {
        String text = title.getValue().strip();
        if (text.isEmpty() || text.length() > 200) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("tasks.title-required"));
            return;
        }
        title.setInvalid(false);
        if (!TextGuard.accepts(title, description)) {
            return;
        }
        fireEvent(new SaveEvent(this, text, description.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().userId(), due.getValue(),
                required.getValue()));
    }

    /** After a successful add: a fresh, neutral form (an empty title is not an error until Add is pressed). */
    void clear() {
        title.clear();
        title.setInvalid(false);
        description.clear();
        assignee.clear();
        due.clear();
        required.clear();
    }

    /** The service refused the task: keep everything as typed and say why at the title. */
    void refused(String message) {
        title.setErrorMessage(message);
        title.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
