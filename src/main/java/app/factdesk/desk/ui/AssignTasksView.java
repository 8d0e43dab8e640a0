package app.factdesk.desk.ui;

import app.factdesk.shared.ui.Toast;
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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.value.ValueChangeMode;
import app.factdesk.article.ArticleRow;
import app.factdesk.article.ArticleService;
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

    private final Paragraph outcome = new Paragraph();

    public AssignTasksView(ClaimQueries claims, TaskService tasks, ArticleService articles) {
        setSizeFull();
        MultiSelectComboBox<ClaimState> states = new MultiSelectComboBox<>(getTranslation("assign.filter.states"));
        states.setId("assign-filter-states");
        states.setItems(ClaimState.values());
        states.setItemLabelGenerator(s -> getTranslation("state." + s.name()));
        states.setValue(java.util.Set.of(ClaimState.DRAFT, ClaimState.IN_VERIFICATION));
        states.setPlaceholder(getTranslation("claims.any"));
        ComboBox<ArticleRow> article = new ComboBox<>(getTranslation("claims.filter.article"));
        article.setId("assign-filter-article");
        // Lazy and filtered on the server: a desk may hold thousands of articles.
        article.setItems(query -> articles.titled(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        article.setItemLabelGenerator(ArticleRow::title);
        article.setClearButtonVisible(true);
        article.setPlaceholder(getTranslation("claims.any"));
        TextField claimant = new TextField(getTranslation("claims.filter.claimant"));
        claimant.setId("assign-filter-claimant");
        claimant.setValueChangeMode(ValueChangeMode.LAZY);
        claimant.setClearButtonVisible(true);
        claimant.getElement().setAttribute("dir", "auto");
        grid.setId("assign-claims");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClaimRow::statement).setHeader(getTranslation("claims.column.statement")).setFlexGrow(3);
        grid.addColumn(ClaimRow::articleTitle).setHeader(getTranslation("claims.column.article")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("priority." + row.priority().name()))
                .setHeader(getTranslation("claims.column.priority")).setAutoWidth(true);
        Runnable load = () -> grid.setItems(claims.page(new ClaimFilter(null, null, claimant.getValue(), null,
                states.getValue(), article.getValue() == null ? null : article.getValue().id()),
                ClaimSort.PRIORITY, 0, 500));
        states.addValueChangeListener(e -> load.run());
        article.addValueChangeListener(e -> load.run());
        claimant.addValueChangeListener(e -> load.run());
        load.run();

        TextField title = new TextField(getTranslation("assign.task-title"));
        title.setId("assign-title");
        title.setMaxLength(200);
        title.setWidth("24rem");
        ComboBox<MemberEntry> assignee = new ComboBox<>(getTranslation("assign.assignee"));
        assignee.setId("assign-assignee");
        assignee.setItems(tasks.assignableMembers());
        assignee.setItemLabelGenerator(MemberEntry::displayName);
        DatePicker due = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker(getTranslation("assign.due")));
        Checkbox required = new Checkbox(getTranslation("assign.required"));
        Button assign = new Button(getTranslation("assign.submit"), click -> {
            problem.setText("");
            outcome.setText("");
            if (grid.getSelectedItems().isEmpty() || title.isEmpty() || assignee.isEmpty()) {
                problem.setText(getTranslation("assign.incomplete"));
                return;
            }
            try {
                java.util.Set<Long> chosen = grid.getSelectedItems().stream().map(ClaimRow::id)
                        .collect(java.util.stream.Collectors.toSet());
                int created = tasks.bulkAssign(new BulkAssign(List.copyOf(chosen), title.getValue().strip(),
                        assignee.getValue().userId(), due.getValue(), required.getValue())).size();
                grid.deselectAll();
                load.run();
                long stillShown = grid.getListDataView().getItems().filter(row -> chosen.contains(row.id())).count();
                // Assigning moves draft claims into verification: say so rather than let rows vanish unexplained.
                outcome.setText(getTranslation("assign.outcome", created, title.getValue().strip(),
                        assignee.getValue().displayName(), chosen.size() - stillShown));
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
        outcome.setId("assign-outcome");
        outcome.getElement().setAttribute("role", "status");
        HorizontalLayout filters = new HorizontalLayout(states, article, claimant);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("assign.title")), filters, grid, form, problem, outcome);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("assign.title");
    }
}
