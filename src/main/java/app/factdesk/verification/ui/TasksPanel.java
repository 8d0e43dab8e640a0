package app.factdesk.verification.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The tasks of one claim: the list, status buttons for the assignee (and editors), and a form for editors to add
 * a task. Embeddable in any claim screen: give it the claim id and the services.
 */
public class TasksPanel extends VerticalLayout {

    private final long claimId;
    private final TaskService tasks;
    private final long me;
    private final boolean editor;
    private final Div list = new Div();

    public TasksPanel(long claimId, TaskService tasks, CurrentUser currentUser) {
        this.claimId = claimId;
        this.tasks = tasks;
        this.me = currentUser.require().userId();
        this.editor = currentUser.workspace().role().includes(Role.EDITOR);
        setId("tasks-panel");
        setPadding(false);
        list.setId("tasks-list");
        add(new H2(getTranslation("tasks.title")), list);
        if (editor) {
            NewTaskForm form = new NewTaskForm(tasks.assignableMembers());
            form.addSaveListener(save -> {
                try {
                    tasks.create(new NewTask(claimId, save.title, save.description, save.assigneeId, save.due,
                            save.required));
                } catch (UserFacingException refused) {
                    form.refused(getTranslation(refused.messageKey(), refused.arguments()));
                    return;
                }
                form.clear();
                Toast.done(getTranslation("tasks.created"));
                refresh();
            });
            add(new H2(getTranslation("tasks.new")), form);
        }
        refresh();
    }

    /** Re-reads the tasks, e.g. after a change made elsewhere on the page. */
    public void refresh() {
        list.removeAll();
        List<TaskRow> rows = tasks.ofClaim(claimId);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("tasks.none")));
        }
        rows.forEach(task -> list.add(item(task)));
    }

    private Component item(TaskRow task) {
        Span title = new Span(task.title());
        title.getElement().setAttribute("dir", "auto");
        title.addClassName("task-title");
        HorizontalLayout line = new HorizontalLayout(title, badge("task.status." + task.status().name(), null));
        line.setAlignItems(Alignment.BASELINE);
        line.addClassName("task");
        line.setId("task-" + task.id());
        if (task.required()) {
            line.add(badge("tasks.required-badge", "contrast"));
        }
        if (task.overdue()) {
            line.add(badge("tasks.overdue", "error"));
        }
        line.add(new Span(task.assigneeName() == null ? getTranslation("tasks.unassigned") : task.assigneeName()));
        if (task.dueDate() != null) {
            line.add(new Span(app.factdesk.shared.ui.Formats.date(task.dueDate(), getLocale())));
        }
        if (editor || Objects.equals(task.assigneeId(), me)) {
            for (TaskStatus next : TaskStatus.values()) {
                if (task.status().canMoveTo(next)) {
                    line.add(moveButton(task, next));
                }
            }
        }
        return line;
    }

    private Span badge(String key, String variant) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(variant == null ? "badge" : "badge " + variant);
        return badge;
    }

    private Button moveButton(TaskRow task, TaskStatus next) {
        Button button = new Button(getTranslation("task.move." + next.name()), click -> {
            if (next == TaskStatus.CANCELLED) {
                askReason(task);
            } else {
                tasks.changeStatus(task.id(), task.version(), next, null);
                refresh();
            }
        });
        button.setId("task-" + task.id() + "-" + next.name().toLowerCase(Locale.ROOT));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void askReason(TaskRow task) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("tasks.cancel-title"));
        TextArea reason = new TextArea(getTranslation("tasks.cancel-reason"));
        reason.setId("task-cancel-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        ask.add(reason);
        Button confirm = new Button(getTranslation("task.move.CANCELLED"), click -> {
            if (!TextGuard.accepts(reason)) {
                return;
            }
            tasks.changeStatus(task.id(), task.version(), TaskStatus.CANCELLED, reason.getValue());
            ask.close();
            refresh();
        });
        confirm.setId("task-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("app.cancel"), click -> ask.close()), confirm);
        ask.open();
        reason.focus();
    }
}
