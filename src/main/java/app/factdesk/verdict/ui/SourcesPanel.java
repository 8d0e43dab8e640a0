package app.factdesk.verdict.ui;

import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.SourceService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The sources of one claim and, for fact-checkers and up, a form to add one with an optional file. Embeddable in
 * any view; the service re-checks role, workspace and file.
 */
public class SourcesPanel extends VerticalLayout {

    private final long claimId;
    private final SourceService sources;
    private final Div list = new Div();
    private Runnable onChange = () -> { };

    public SourcesPanel(long claimId, SourceService sources) {
        this.claimId = claimId;
        this.sources = sources;
        setId("sources-panel");
        setPadding(false);
        list.setId("sources-list");
        add(new H3(getTranslation("sources.title")), list);
        if (sources.mayAdd()) {
            SourceForm form = new SourceForm(claimId, sources.maxBytes());
            form.addAddListener(event -> {
                if (Notices.attempt(this, () -> sources.add(event.command, event.file), "sources.added")) {
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
        rows.forEach(row -> list.add(new SourceItem(row)));
    }
}
