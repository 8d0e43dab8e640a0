package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.SuggestionRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An article body as inert text (text nodes only, never HTML), split into segments that tile the whole body. Each
 * segment carries its start offset ({@code data-s}), so a browser selection maps back to exact UTF-16 offsets of
 * the stored body however many highlights split the text. Claims are highlighted (colour by state, overlaps allowed),
 * suggestions are marked faintly.
 */
public class ArticleText extends Div {

    /** The user selected text: offsets in the stored body and the quote as the browser saw it. */
    public static class SelectionEvent extends ComponentEvent<ArticleText> {
        private final int start;
        private final int end;
        private final String exact;

        SelectionEvent(ArticleText source, int start, int end, String exact) {
            super(source, true);
            this.start = start;
            this.end = end;
            this.exact = exact;
        }

        public boolean isEmpty() {
            return start < 0 || end <= start;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String exact() {
            return exact;
        }
    }

    /** A highlight was clicked. */
    public static class HighlightClickEvent extends ComponentEvent<ArticleText> {
        private final long claimId;

        HighlightClickEvent(ArticleText source, long claimId) {
            super(source, true);
            this.claimId = claimId;
        }

        public long claimId() {
            return claimId;
        }
    }

    private static final String SELECTION_SCRIPT = """
            const root = this;
            const boundary = (node, offset) => {
              const range = document.createRange();
              range.setStart(root, 0);
              range.setEnd(node, offset);
              const segments = range.cloneContents().querySelectorAll('[data-s]');
              if (!segments.length) return 0;
              const last = segments[segments.length - 1];
              return Number(last.dataset.s) + last.textContent.length;
            };
            const report = () => {
              const selection = window.getSelection();
              let detail = {start: -1, end: -1, exact: ''};
              if (selection.rangeCount) {
                const range = selection.getRangeAt(0);
                if (!range.collapsed && root.contains(range.commonAncestorContainer)) {
                  detail = {start: boundary(range.startContainer, range.startOffset),
                            end: boundary(range.endContainer, range.endOffset),
                            exact: range.cloneContents().textContent};
                }
              }
              if (root.$fdLast !== JSON.stringify(detail)) {
                root.$fdLast = JSON.stringify(detail);
                root.dispatchEvent(new CustomEvent('fd-selection', {detail}));
              }
            };
            root.addEventListener('mouseup', () => setTimeout(report, 0));
            root.addEventListener('keyup', report);
            root.addEventListener('touchend', () => setTimeout(report, 0));
            """;

    private final String body;

    public ArticleText(String body, String language, String direction) {
        this.body = body;
        setId("article-body");
        addClassName("article-body");
        getElement().setAttribute("dir", direction);
        getElement().setAttribute("lang", language);
        getElement().setAttribute("tabindex", "0");
        getElement().addEventListener("fd-selection", e -> fireEvent(new SelectionEvent(this,
                        (int) e.getEventData().getNumber("event.detail.start"),
                        (int) e.getEventData().getNumber("event.detail.end"),
                        e.getEventData().getString("event.detail.exact"))))
                .addEventData("event.detail.start").addEventData("event.detail.end")
                .addEventData("event.detail.exact");
        getElement().addEventListener("click", e -> {
                    String ids = e.getEventData().getString("event.target.dataset.claims");
                    fireEvent(new HighlightClickEvent(this, Long.parseLong(ids.split(" ")[0])));
                }).addEventData("event.target.dataset.claims")
                .setFilter("event.target.dataset.claims && window.getSelection().isCollapsed");
        addAttachListener(attach -> getElement().executeJs(SELECTION_SCRIPT));
        show(List.of(), List.of());
    }

    /** Re-renders the text with these claims highlighted and these suggestions marked. */
    public void show(List<ClaimDetails> claims, List<SuggestionRow> suggestions) {
        removeAll();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        claims.forEach(c -> {
            cuts.add(c.anchor().start());
            cuts.add(c.anchor().end());
        });
        suggestions.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                add(segment(from, to, claims, suggestions));
            }
            from = to;
        }
    }

    private Span segment(int from, int to, List<ClaimDetails> claims, List<SuggestionRow> suggestions) {
        Span segment = new Span(body.substring(from, to));
        segment.getElement().setAttribute("data-s", String.valueOf(from));
        List<ClaimDetails> covering = new ArrayList<>(claims.stream()
                .filter(c -> c.anchor().start() <= from && c.anchor().end() >= to).toList());
        if (!covering.isEmpty()) {
            covering.sort((a, b) -> Integer.compare(a.anchor().end() - a.anchor().start(),
                    b.anchor().end() - b.anchor().start()));
            ClaimDetails top = covering.get(0);
            segment.addClassNames("hl", "hl-" + top.state().name().toLowerCase(java.util.Locale.ROOT));
            if (covering.size() > 1) {
                segment.addClassName("hl-overlap");
            }
            segment.getElement().setAttribute("data-claims",
                    covering.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(" ")));
            segment.getElement().setAttribute("title",
                    covering.stream().map(ClaimDetails::statement).collect(Collectors.joining("\n")));
        } else if (suggestions.stream().anyMatch(s -> s.start() <= from && s.end() >= to)) {
            segment.addClassName("sg");
        }
        return segment;
    }

    public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    public Registration addHighlightClickListener(ComponentEventListener<HighlightClickEvent> listener) {
        return addListener(HighlightClickEvent.class, listener);
    }
}
