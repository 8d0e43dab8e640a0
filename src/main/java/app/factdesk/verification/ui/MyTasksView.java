package app.factdesk.verification.ui;

import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import com.vaadin.flow.component.grid.Grid;
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

    public MyTasksView(TaskService tasks, CurrentUser currentUser) {
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
        Grid<TaskRow> grid = new Grid<>();
        grid.setId("my-tasks-grid");
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.due")).setAutoWidth(true);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("tasks.task-title")).setFlexGrow(2);
        grid.addColumn(TaskRow::claimStatement).setHeader(getTranslation("my-tasks.claim")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("task.status." + t.status().name()))
                .setHeader(getTranslation("tasks.status")).setAutoWidth(true);
        grid.setItems(mine);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("claims/" + click.getItem().claimId())));
        add(grid);
    }

    private Span due(TaskRow task) {
        Span due = new Span(task.dueDate() == null ? "—" : task.dueDate().toString());
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
