package app.factdesk.verification.ui;

import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.ui.RowOpener;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.Toast;
import app.factdesk.verification.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in member's open tasks across articles, soonest due first, overdue ones marked. */
@Route("my-tasks")
@PermitAll
@Menu(title = "menu.my-tasks", order = 12, icon = "vaadin:tasks")
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TaskService tasks;
    private final Grid<TaskRow> grid = new Grid<>();

    public MyTasksView(TaskService tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        add(new H1(getTranslation("my-tasks.title")));
        WorkspaceRole workspace = currentUser.require().workspace();
        if (workspace == null || !workspace.role().includes(Role.FACT_CHECKER)) {
            Paragraph empty = new Paragraph(getTranslation("my-tasks.viewer"));
            empty.setId("my-tasks-empty");
            add(empty);
            return;
        }
        List<TaskRow> mine = tasks.myOpenTasks();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-tasks.none"));
            empty.setId("my-tasks-empty");
            add(empty);
            return;
        }
        grid.setId("my-tasks-grid");
        // Long titles and statements wrap instead of being cut; the row's buttons stay in view at 1280 px.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::title).setHeader(getTranslation("tasks.task-title")).setFlexGrow(2)
                .setKey("title");
        grid.addColumn(TaskRow::claimStatement).setHeader(getTranslation("my-tasks.claim")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("task.status." + t.status().name()))
                .setHeader(getTranslation("tasks.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("my-tasks.actions")).setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(mine);
        RowOpener.open(grid, row -> "claims/" + row.claimId());
        add(grid);
    }

    private Component title(TaskRow task) {
        Span title = new Span(task.title());
        title.getElement().setAttribute("dir", "auto");
        if (!task.required()) {
            return title;
        }
        Span required = new Span(getTranslation("tasks.required-badge"));
        required.getElement().getThemeList().add("badge contrast");
        required.addClassName("task-required");
        Div both = new Div(title, new Span(" "), required);
        return both;
    }

    /** Start an open task, finish a started one; the service checks the assignee and the version again. */
    private Component actions(TaskRow task) {
        TaskStatus next = task.status() == TaskStatus.OPEN ? TaskStatus.IN_PROGRESS : TaskStatus.DONE;
        Button move = new Button(getTranslation("task.move." + next.name()), click -> {
            try {
                tasks.changeStatus(task.id(), task.version(), next, null);
                Toast.done(getTranslation("my-tasks.moved." + next.name(), task.title()));
            } catch (UserFacingException refused) {
                Toast.refused(getTranslation(refused.messageKey(), refused.arguments()));
            }
            reload();
        });
        move.setId("my-task-" + task.id() + "-" + next.name().toLowerCase(java.util.Locale.ROOT));
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        move.setDisableOnClick(true);
        // A click on the button is not a click on the row: it must not open the claim page as well.
        move.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return move;
    }

    private void reload() {
        List<TaskRow> mine = tasks.myOpenTasks();
        grid.setItems(mine);
    }

    private Span due(TaskRow task) {
        Span due = new Span(task.dueDate() == null ? "—" : app.factdesk.shared.ui.Formats.date(task.dueDate(), getLocale()));
        if (task.overdue()) {
            due.setText(due.getText() + " · " + getTranslation("tasks.overdue"));
            due.getElement().getThemeList().add("badge error");
            due.addClassName("overdue");
        }
        return due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-tasks.title");
    }
}
