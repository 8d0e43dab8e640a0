package app.factdesk.verdict.ui;

import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.snapshot.SnapshotRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One source: linked title, publisher, type, stance, reliability, excerpt, the file to download, and its archived
 * copy (or why there is none) with "capture again".
 */
class SourceItem extends Div {

    /** A source as a verdict cites it: no archive line. */
    SourceItem(SourceRow source) {
        this(source, null, null);
    }

    SourceItem(SourceRow source, List<SnapshotRow> snapshots, Runnable captureAgain) {
        setId("source-" + source.id());
        addClassName("source-item");
        Anchor link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        link.getElement().setAttribute("dir", "auto");
        Span facts = new Span(String.join(" · ", java.util.stream.Stream.of(source.publisher(),
                getTranslation("source.type." + source.type()), getTranslation("source.stance." + source.stance()),
                getTranslation("source.reliability." + source.reliability()), source.accessedOn().toString())
                .filter(java.util.Objects::nonNull).toList()));
        facts.getElement().setAttribute("dir", "auto");
        add(link, new Div(facts));
        if (source.excerpt() != null) {
            Paragraph excerpt = new Paragraph("«" + source.excerpt() + "»");
            excerpt.getElement().setAttribute("dir", "auto");
            add(excerpt);
        }
        if (source.hasFile()) {
            Anchor file = new Anchor(source.downloadPath(), getTranslation("sources.download", source.fileName()));
            file.setId("source-file-" + source.id());
            file.setRouterIgnore(true);
            file.getElement().setAttribute("download", true);
            add(new Div(file));
        }
        if (snapshots != null) {
            add(snapshotLine(source, snapshots, captureAgain));
        }
    }

    /** The latest snapshot: pending, the archived copy (page, text, WARC, hash) or why it failed; capture again. */
    private Div snapshotLine(SourceRow source, List<SnapshotRow> snapshots, Runnable captureAgain) {
        Div line = new Div();
        line.setId("source-snapshot-" + source.id());
        line.addClassName("source-snapshot");
        SnapshotRow latest = snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
        SnapshotRow lastCaptured = snapshots.stream().filter(s -> s.status() == SnapshotRow.Status.CAPTURED)
                .reduce((a, b) -> b).orElse(null);
        if (latest == null) {
            line.add(new Span(getTranslation("snapshot.none")));
        } else if (latest.status() == SnapshotRow.Status.PENDING) {
            line.add(new Span(getTranslation("snapshot.pending")));
        } else if (latest.status() == SnapshotRow.Status.FAILED) {
            Span failed = new Span(getTranslation(latest.failure()));
            failed.addClassName("snapshot-failed");
            line.add(failed);
        }
        if (lastCaptured != null) {
            String when = lastCaptured.finishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
            Anchor page = new Anchor("snapshots/" + lastCaptured.id(), getTranslation("snapshot.archived", when),
                    AnchorTarget.BLANK);
            page.setId("snapshot-page-" + source.id());
            page.setRouterIgnore(true);
            page.getElement().setAttribute("rel", "noopener noreferrer");
            Anchor text = new Anchor("snapshots/" + lastCaptured.id() + "/text", getTranslation("snapshot.text"),
                    AnchorTarget.BLANK);
            text.setRouterIgnore(true);
            Anchor warc = new Anchor("snapshots/" + lastCaptured.id() + "/warc", getTranslation("snapshot.warc"));
            warc.setRouterIgnore(true);
            warc.getElement().setAttribute("download", true);
            Span hash = new Span("SHA-256 " + lastCaptured.warcSha256().substring(0, 16) + "…");
            hash.getElement().setAttribute("title", lastCaptured.warcSha256());
            hash.getElement().setAttribute("dir", "ltr");
            hash.addClassName("snapshot-hash");
            line.add(page, new Span(" · "), text, new Span(" · "), warc, new Span(" · "), hash);
            if (lastCaptured.truncated()) {
                line.add(new Span(" · " + getTranslation("snapshot.truncated")));
            }
        }
        if (captureAgain != null && (latest == null || latest.status() != SnapshotRow.Status.PENDING)) {
            Button again = new Button(getTranslation(latest == null ? "snapshot.capture" : "snapshot.capture-again"),
                    click -> captureAgain.run());
            again.setId("snapshot-capture-" + source.id());
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            line.add(again);
        }
        return line;
    }
}
