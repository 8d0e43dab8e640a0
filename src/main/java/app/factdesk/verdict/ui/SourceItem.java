package app.factdesk.verdict.ui;

import app.factdesk.verdict.SourceRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One source: linked title, publisher, type, stance, reliability, excerpt and the file to download. */
class SourceItem extends Div {

    SourceItem(SourceRow source) {
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
    }
}
