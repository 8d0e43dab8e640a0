package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimFilter;
import app.factdesk.claim.ClaimQueries;
import app.factdesk.claim.ClaimRow;
import app.factdesk.claim.ClaimSort;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.shared.ui.RowOpener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Every claim of the workspace: filter by state, tag, claimant and text; sort by priority or claim date. */
@Route("claims")
@PermitAll
@Menu(title = "menu.claims", order = 20, icon = "vaadin:comment-ellipsis-o")
public class ClaimsView extends VerticalLayout implements HasDynamicTitle {

    private final ClaimQueries queries;
    private final Grid<ClaimRow> grid = new Grid<>();
    private final Select<ClaimState> state = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final TextField claimant = new TextField();
    private final TextField text = new TextField();

    public ClaimsView(ClaimQueries queries, CurrentUser currentUser, ChangeFeed changes) {
        this.queries = queries;
        LiveRefresh.refreshOnChange(this, changes, currentUser.workspaceId(), LiveRefresh.ofType("claim"),
                () -> grid.getDataProvider().refreshAll());
        setSizeFull();
        state.setLabel(getTranslation("claims.filter.state"));
        state.setId("filter-state");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("claims.any"));
        state.setItems(ClaimState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("claims.any") : getTranslation("state." + s.name()));
        tag.setLabel(getTranslation("claims.filter.tag"));
        tag.setId("filter-tag");
        tag.setItems(queries.tags());
        tag.setClearButtonVisible(true);
        claimant.setLabel(getTranslation("claims.filter.claimant"));
        claimant.setId("filter-claimant");
        text.setLabel(getTranslation("claims.filter.text"));
        text.setId("filter-text");
        for (TextField field : List.of(claimant, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.getElement().setAttribute("dir", "auto");
        }
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tag.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        claimant.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(state, tag, claimant, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("claims-grid");
        grid.addColumn(ClaimRow::statement).setHeader(getTranslation("claims.column.statement")).setFlexGrow(4)
                .setTooltipGenerator(ClaimRow::statement);
        grid.addColumn(ClaimRow::articleTitle).setHeader(getTranslation("claims.column.article")).setFlexGrow(2)
                .setClassNameGenerator(row -> "rtl".equals(row.articleDirection()) ? "cell-rtl" : "cell-ltr");
        grid.addColumn(ClaimRow::claimant).setHeader(getTranslation("claims.column.claimant")).setFlexGrow(1);
        grid.addColumn(row -> getTranslation("state." + row.state().name()))
                .setHeader(getTranslation("claims.column.state")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("priority." + row.priority().name()))
                .setHeader(getTranslation("claims.column.priority")).setKey("priority").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> row.claimDate() == null ? "" : app.factdesk.shared.ui.Formats.date(row.claimDate(), getLocale()))
                .setHeader(getTranslation("claims.column.date")).setKey("date").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.tags())).setHeader(getTranslation("claims.column.tags"));
        grid.setItems(query -> queries.page(filter(), sort(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> queries.count(filter()));
        RowOpener.open(grid, row -> "claims/" + row.id());
        add(new H1(getTranslation("claims.title")), filters, grid);
        if (currentUser.workspace().role().includes(app.factdesk.security.Role.EDITOR)) {
            com.vaadin.flow.component.html.Anchor assign = new com.vaadin.flow.component.html.Anchor("assign-tasks",
                    getTranslation("assign.link"));
            assign.setId("assign-tasks-link");
            addComponentAtIndex(1, assign);
        }
    }

    private ClaimFilter filter() {
        return new ClaimFilter(state.getValue(), tag.getValue(), claimant.getValue(), text.getValue());
    }

    private static ClaimSort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ClaimSort.NEWEST;
        }
        boolean ascending = orders.get(0).getDirection() == SortDirection.ASCENDING;
        return switch (orders.get(0).getSorted()) {
            case "priority" -> ascending ? ClaimSort.PRIORITY : ClaimSort.PRIORITY_LOWEST;
            case "date" -> ascending ? ClaimSort.CLAIM_DATE_OLDEST : ClaimSort.CLAIM_DATE;
            default -> ClaimSort.NEWEST;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title");
    }

}
