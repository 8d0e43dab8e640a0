package app.factdesk.audit.ui;

import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditActions;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.AuditService;
import app.factdesk.audit.ChainVerification;
import app.factdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The workspace's audit log for editors and admins: filter, inspect a change, verify the hash chain. */
@Route("audit")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(title = "menu.audit", order = 70, icon = "vaadin:records")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final AuditFilters filters = new AuditFilters();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Pre before = new Pre();
    private final Pre after = new Pre();
    private final Span verification = new Span();

    public AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(AuditRow::seq).setHeader(getTranslation("audit.column.seq")).setAutoWidth(true);
        grid.addColumn(row -> TIME.format(row.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditRow::actorName).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(row -> AuditActions.label(row.action())).setHeader(getTranslation("audit.column.action"));
        grid.addColumn(row -> row.objectType() == null ? "" : row.objectType() + " " + row.objectId())
                .setHeader(getTranslation("audit.column.object"));
        grid.addColumn(AuditRow::channel).setHeader(getTranslation("audit.column.channel")).setAutoWidth(true);
        grid.setItems(query -> audit.page(filters.value(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filters.value())));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        filters.addChangeListener(() -> grid.getDataProvider().refreshAll());

        Button verify = new Button(getTranslation("audit.verify"), click -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        before.setId("audit-before");
        after.setId("audit-after");
        HorizontalLayout changes = new HorizontalLayout(labelled("audit.before", before),
                labelled("audit.after", after));
        changes.setWidthFull();
        add(new H1(getTranslation("audit.title")), filters, new HorizontalLayout(verify, verification), grid, changes);
        show(null);
    }

    private VerticalLayout labelled(String key, Pre json) {
        json.getElement().setAttribute("dir", "ltr");
        VerticalLayout box = new VerticalLayout(new Span(getTranslation(key)), json);
        box.setPadding(false);
        box.setWidth("50%");
        return box;
    }

    private void show(AuditRow row) {
        before.setText(row == null ? getTranslation("audit.select-row") : orDash(row.before()));
        after.setText(row == null ? "" : orDash(row.after()));
    }

    private static String orDash(String json) {
        return json == null ? "—" : json;
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
