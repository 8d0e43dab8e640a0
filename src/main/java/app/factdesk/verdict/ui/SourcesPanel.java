package app.factdesk.verdict.ui;

import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.SourceService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import app.factdesk.verdict.snapshot.SnapshotRow;
import app.factdesk.verdict.snapshot.SnapshotService;
import java.util.List;
import java.util.Map;

/**
 * The sources of one claim and, for fact-checkers and up, a form to add one with an optional file. Embeddable in
 * any view; the service re-checks role, workspace and file.
 */
public class SourcesPanel extends VerticalLayout {

    private final long claimId;
    private final SourceService sources;
    private final SnapshotService snapshots;
    private final Div list = new Div();
    private Runnable onChange = () -> { };

    public SourcesPanel(long claimId, SourceService sources, SnapshotService snapshots) {
        this.claimId = claimId;
        this.sources = sources;
        this.snapshots = snapshots;
        setId("sources-panel");
        setPadding(false);
        list.setId("sources-list");
        add(new H2(getTranslation("sources.title")), list);
        if (sources.mayAdd()) {
            SourceForm form = new SourceForm(claimId, sources.maxBytes());
            form.addAddListener(event -> {
                if (Notices.attempt(this, () -> sources.add(event.command, event.file), "sources.added",
                        form::showRefusal)) {
                    form.clear();
                    refresh();
                    onChange.run();
                }
            });
            add(form);
        }
        refresh();
    }

    /** Called after a source was added, e.g. so that a verdict form offers it. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public void refresh() {
        list.removeAll();
        List<SourceRow> rows = sources.ofClaim(claimId);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("sources.empty")));
        }
        Map<Long, List<SnapshotRow>> captured = snapshots.bySource(rows.stream().map(SourceRow::id).toList());
        boolean mayCapture = sources.mayAdd();
        rows.forEach(row -> list.add(new SourceItem(row, captured.getOrDefault(row.id(), List.of()),
                mayCapture ? () -> {
                    if (Notices.attempt(this, () -> snapshots.captureAgain(row.id()), "snapshot.requested")) {
                        refresh();
                    }
                } : null)));
    }
}
