package app.factdesk.audit.ui;

import app.factdesk.audit.AuditRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Events of one object, newest first: when, who (display name), what, and each field's before → after. */
public class AuditHistory extends Grid<AuditRow> {


    public AuditHistory(List<AuditRow> rows, Map<Long, String> actorNames) {
        AuditText text = AuditText.in(this);
        setAllRowsVisible(true);
        addColumn(row -> app.factdesk.shared.ui.Formats.dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("details.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> actor(row, actorNames, this)).setHeader(getTranslation("details.history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> text.action(row.action())).setHeader(getTranslation("details.history.what"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> changes(text.changes(row)))).setKey("changes")
                .setHeader(getTranslation("details.history.changes")).setFlexGrow(1);
        setItems(rows);
    }

    /** The actor ids of these events, for {@code AuditService.actorNames}. */
    public static List<Long> actorIds(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::actorId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    static String actor(AuditRow row, Map<Long, String> actorNames, com.vaadin.flow.component.Component where) {
        String name = row.actorId() == null ? null : actorNames.get(row.actorId());
        if (name != null) {
            return name;
        }
        if (row.actorId() == null && "system".equalsIgnoreCase(row.actorName())) {
            return where.getTranslation("audit.actor.system");
        }
        return row.actorName() == null ? "" : row.actorName();
    }

    /** A stored code (object type, channel) in the UI language when the bundles name it, else as stored. */
    static String translated(com.vaadin.flow.component.Component where, String prefix, String code) {
        if (code == null) {
            return "";
        }
        return app.factdesk.shared.ui.TranslationProvider.has(prefix + code, com.vaadin.flow.component.UI.getCurrent().getLocale())
                ? where.getTranslation(prefix + code) : code;
    }

    static Div changes(List<String> lines) {
        Div box = new Div();
        box.addClassName("audit-changes");
        lines.forEach(line -> box.add(new Div(line)));
        return box;
    }
}
