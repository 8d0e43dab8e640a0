package app.factdesk.desk.ui;

import app.factdesk.claim.ClaimFilter;
import app.factdesk.claim.ClaimQueries;
import app.factdesk.claim.ClaimRow;
import app.factdesk.claim.ClaimSort;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verification.BulkAssign;
import app.factdesk.verification.TaskService;
import app.factdesk.workspace.MemberEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Editors pick several claims in the grid and give each the same task, assignee and due date at once. */
@Route("assign-tasks")
@RolesAllowed(Role.EDITOR_NAME)
public class AssignTasksView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ClaimRow> grid = new Grid<>();
    private final Paragraph problem = new Paragraph();

    public AssignTasksView(ClaimQueries claims, TaskService tasks) {
        setSizeFull();
        Select<ClaimState> state = new Select<>();
        state.setLabel(getTranslation("claims.filter.state"));
        state.setItems(ClaimState.DRAFT, ClaimState.IN_VERIFICATION);
        state.setItemLabelGenerator(s -> getTranslation("state." + s.name()));
        state.setValue(ClaimState.DRAFT);
        grid.setId("assign-claims");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClaimRow::statement).setHeader(getTranslation("claims.column.statement")).setFlexGrow(3);
        grid.addColumn(ClaimRow::articleTitle).setHeader(getTranslation("claims.column.article")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("priority." + row.priority().name()))
                .setHeader(getTranslation("claims.column.priority")).setAutoWidth(true);
        Runnable load = () -> grid.setItems(claims.page(new ClaimFilter(state.getValue(), null, null, null),
                ClaimSort.PRIORITY, 0, 500));
        state.addValueChangeListener(e -> load.run());
        load.run();

        TextField title = new TextField(getTranslation("assign.task-title"));
        title.setId("assign-title");
        title.setMaxLength(200);
        title.setWidth("24rem");
        ComboBox<MemberEntry> assignee = new ComboBox<>(getTranslation("assign.assignee"));
        assignee.setId("assign-assignee");
        assignee.setItems(tasks.assignableMembers());
        assignee.setItemLabelGenerator(MemberEntry::displayName);
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        Checkbox required = new Checkbox(getTranslation("assign.required"));
        Button assign = new Button(getTranslation("assign.submit"), click -> {
            problem.setText("");
            if (grid.getSelectedItems().isEmpty() || title.isEmpty() || assignee.isEmpty()) {
                problem.setText(getTranslation("assign.incomplete"));
                return;
            }
            try {
                int created = tasks.bulkAssign(new BulkAssign(grid.getSelectedItems().stream().map(ClaimRow::id)
                        .toList(), title.getValue().strip(), assignee.getValue().userId(), due.getValue(),
                        required.getValue())).size();
                Notification.show(getTranslation("assign.done", created, assignee.getValue().displayName()));
                grid.deselectAll();
                load.run();
            } catch (UserFacingException refused) {
                problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        assign.setId("assign-submit");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("assign-problem");
        problem.addClassName("form-problem");
        HorizontalLayout form = new HorizontalLayout(title, assignee, due, required, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H1(getTranslation("assign.title")), state, grid, form, problem);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("assign.title");
    }
}
