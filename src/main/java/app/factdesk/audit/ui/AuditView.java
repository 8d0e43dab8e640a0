package app.factdesk.audit.ui;

import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.AuditService;
import app.factdesk.audit.ChainVerification;
import app.factdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's audit log for editors and admins: filter, read an event's changes field by field (before → after,
 * translated), verify the hash chain. The stored JSON is in the JSON and CSV exports.
 */
@Route("audit")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(title = "menu.audit", order = 70, icon = "vaadin:records")
public class AuditView extends VerticalLayout implements HasDynamicTitle {


    /** The most rows one fetch asks for (the service's own limit); the grid itself asks for 50 at a time. */
    private static final int PAGE_MAX = 500;

    private final AuditService audit;
    private final AuditFilters filters = new AuditFilters();
    private final Grid<AuditRow> grid = new Grid<>();
    private final AuditText text = AuditText.in(this);
    private final Map<Long, String> actorNames = new HashMap<>();
    private final Div changes = new Div();
    private final Span verification = new Span();
    private final Span size = new Span();
    private final KeysetPages pages = new KeysetPages();

    public AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(AuditRow::seq).setHeader(getTranslation("audit.column.seq")).setAutoWidth(true);
        grid.addColumn(row -> app.factdesk.shared.ui.Formats.dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        grid.addColumn(row -> AuditHistory.actor(row, actorNames, this)).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(row -> text.action(row.action())).setHeader(getTranslation("audit.column.action"));
        grid.addColumn(row -> row.objectType() == null ? "" : AuditHistory.translated(this, "audit.object.",
                        row.objectType()) + " " + row.objectId())
                .setHeader(getTranslation("audit.column.object"));
        grid.addColumn(row -> AuditHistory.translated(this, "audit.channel.", row.channel())).setHeader(getTranslation("audit.column.channel")).setAutoWidth(true);
        // Keyset pages and no count: the grid grows as the user scrolls ("more"), ADR 023.
        grid.setItems(query -> withNames(pages.fetch(query.getOffset(), query.getLimit(),
                (before, skip, limit) -> audit.pageBefore(filters.value(), before, skip, Math.min(limit, PAGE_MAX))))
                .stream());
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        filters.addChangeListener(this::refresh);
        size.setId("audit-size");

        Button verify = new Button(getTranslation("audit.verify"), click -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        changes.setId("audit-changes");
        add(new H1(getTranslation("audit.title")), filters, new HorizontalLayout(verify, verification), size, grid,
                changes);
        show(null);
        showSize();
    }

    private void refresh() {
        pages.reset();
        grid.getDataProvider().refreshAll();
        showSize();
    }

    /** The log's length from the chain head (one row, no count) when unfiltered; "more as you scroll" otherwise. */
    private void showSize() {
        AuditFilter f = filters.value();
        boolean unfiltered = blank(f.actor()) && blank(f.action()) && blank(f.objectType()) && blank(f.objectId())
                && f.from() == null && f.to() == null;
        size.setText(unfiltered
                ? getTranslation("audit.size", audit.head().count())
                : getTranslation("audit.size.filtered"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private List<AuditRow> withNames(List<AuditRow> rows) {
        actorNames.putAll(audit.actorNames(AuditHistory.actorIds(rows)));
        return rows;
    }

    private void show(AuditRow row) {
        changes.removeAll();
        if (row == null) {
            changes.add(new Span(getTranslation("audit.select-row")));
            return;
        }
        List<String> lines = text.changes(row);
        changes.add(AuditHistory.changes(lines.isEmpty() ? List.of(getTranslation("audit.no-changes")) : lines));
    }

    private void verify() {
        ChainVerification result = audit.verifyChain();
        verification.setText(result.ok()
                ? getTranslation("audit.verify.ok", result.count(), result.headHash())
                : getTranslation("audit.verify.bad", result.badSeq(), result.reason()));
        verification.getElement().getThemeList().set("badge", true);
        verification.getElement().getThemeList().set("success", result.ok());
        verification.getElement().getThemeList().set("error", !result.ok());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
