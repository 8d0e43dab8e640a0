package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.SuggestionRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An article body as inert text (text nodes only, never HTML), split into segments that tile the whole body, drawn in
 * the browser from a compact list ({@link #segments()}). Each segment carries its start offset ({@code data-s}), so a browser selection maps back to exact UTF-16 offsets of
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
            // Keyboard: ArrowDown / ArrowUp select the next / previous sentence; the reading-direction arrow keys
            // move the selection's start by a word (forward / back), with Shift its end (ADR 021).
            const segmenter = (granularity) => new Intl.Segmenter(root.lang || undefined, {granularity});
            const place = (offset) => {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              let node, seen = 0, last = null;
              while ((node = walker.nextNode())) {
                if (offset <= seen + node.length) return [node, offset - seen];
                seen += node.length;
                last = node;
              }
              return last ? [last, last.length] : [root, 0];
            };
            const current = () => {
              const selection = window.getSelection();
              if (!selection.rangeCount) return null;
              const range = selection.getRangeAt(0);
              if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
              return [boundary(range.startContainer, range.startOffset), boundary(range.endContainer, range.endOffset)];
            };
            const choose = (start, end) => {
              const text = root.textContent;
              while (start < end && /\\s/.test(text[start])) start++;
              while (end > start && /\\s/.test(text[end - 1])) end--;
              if (end <= start) return;
              const range = document.createRange();
              const from = place(start), to = place(end);
              range.setStart(from[0], from[1]);
              range.setEnd(to[0], to[1]);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              report();
            };
            root.addEventListener('keydown', (e) => {
              if (e.ctrlKey || e.metaKey || e.altKey) return;
              const rtl = getComputedStyle(root).direction === 'rtl';
              const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
              const back = rtl ? 'ArrowRight' : 'ArrowLeft';
              const text = root.textContent;
              const chosen = current();
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                const sentences = Array.from(segmenter('sentence').segment(text), x => [x.index, x.index + x.segment.length])
                    .filter(x => text.slice(x[0], x[1]).trim());
                if (!sentences.length) return;
                let next;
                if (e.key === 'ArrowDown') {
                  next = chosen ? sentences.find(x => x[0] >= chosen[1] - 1 && x[1] > chosen[1]) : sentences[0];
                } else {
                  next = chosen ? sentences.filter(x => x[1] <= chosen[0] + 1 && x[0] < chosen[0]).pop()
                      : sentences[sentences.length - 1];
                }
                if (next) choose(next[0], next[1]);
              } else if ((e.key === forward || e.key === back) && chosen) {
                const words = Array.from(segmenter('word').segment(text)).filter(x => x.isWordLike)
                    .map(x => [x.index, x.index + x.segment.length]);
                const ahead = e.key === forward;
                if (e.shiftKey) {
                  const end = ahead ? words.find(w => w[1] > chosen[1])
                      : words.filter(w => w[1] < chosen[1] && w[1] > chosen[0]).pop();
                  if (end) choose(chosen[0], end[1]);
                } else {
                  const start = ahead ? words.find(w => w[0] > chosen[0] && w[0] < chosen[1])
                      : words.filter(w => w[0] < chosen[0]).pop();
                  if (start) choose(start[0], chosen[1]);
                }
              } else {
                return;
              }
              e.preventDefault();
            });
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
        addAttachListener(attach -> {
            getElement().executeJs(SELECTION_SCRIPT);
            render();
        });
        show(List.of(), List.of());
    }

    /**
     * One piece of the body between two claim or suggestion boundaries: its start offset, its text, its classes
     * ({@code hl hl-<state>} for a claim, {@code hl-overlap} when several cover it, {@code sg} for a suggestion), the
     * ids of the claims that cover it (shortest first) and their statements as the tooltip.
     */
    public record Segment(int start, String text, String classes, String claims, String title) {

        public boolean highlighted() {
            return classes.startsWith("hl");
        }
    }

    private List<Segment> segments = List.of();

    /** The pieces the text is drawn from, in order (what the browser shows). */
    public List<Segment> segments() {
        return segments;
    }

    /** The highlighted pieces, in text order. */
    public List<Segment> highlights() {
        return segments.stream().filter(Segment::highlighted).toList();
    }

    /**
     * Draws the segments in the browser, one span each, text set as text (never parsed as HTML). The spans are not
     * server components: an article with thousands of claims sends one compact array instead of thousands of
     * elements, and the server keeps one list per view. The browser loses them when the element is re-created, so
     * they are drawn again at every attach.
     */
    private void render() {
        if (!isAttached()) {
            return;
        }
        elemental.json.JsonArray data = elemental.json.Json.createArray();
        int i = 0;
        for (Segment segment : segments) {
            elemental.json.JsonArray row = elemental.json.Json.createArray();
            row.set(0, segment.start());
            row.set(1, segment.text());
            row.set(2, segment.classes());
            row.set(3, segment.claims());
            row.set(4, segment.title());
            data.set(i++, row);
        }
        getElement().executeJs(RENDER_SCRIPT, data);
    }

    private static final String RENDER_SCRIPT = """
            const pieces = document.createDocumentFragment();
            for (const [start, text, classes, claims, title] of $0) {
              const span = document.createElement('span');
              span.dataset.s = start;
              span.textContent = text;
              if (classes) span.className = classes;
              if (claims) span.dataset.claims = claims;
              if (title) span.title = title;
              pieces.appendChild(span);
            }
            this.replaceChildren(pieces);
            """;

    /** Re-renders the text with these claims highlighted and these suggestions marked. */
    private List<ClaimDetails> shownClaims;
    private List<SuggestionRow> shownSuggestions;

    public void show(List<ClaimDetails> claims, List<SuggestionRow> suggestions) {
        if (claims.equals(shownClaims) && suggestions.equals(shownSuggestions)) {
            return; // a live refresh that changes nothing keeps the reader's selection and focus
        }
        shownClaims = List.copyOf(claims);
        shownSuggestions = List.copyOf(suggestions);
        List<Segment> drawn = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        claims.forEach(c -> {
            cuts.add(c.anchor().start());
            cuts.add(c.anchor().end());
        });
        suggestions.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        // One sweep over the cuts: the claims (and suggestions) covering a segment are those that started at or
        // before it and have not ended, so a long article with thousands of claims costs about n log n (plus the
        // overlaps), not n squared.
        List<ClaimDetails> byStart = claims.stream()
                .sorted(Comparator.comparingInt((ClaimDetails c) -> c.anchor().start())).toList();
        List<SuggestionRow> suggestionsByStart = suggestions.stream()
                .sorted(Comparator.comparingInt(SuggestionRow::start)).toList();
        TreeSet<ClaimDetails> open = new TreeSet<>(SHORTEST_FIRST);
        List<SuggestionRow> openSuggestions = new ArrayList<>();
        int nextClaim = 0;
        int nextSuggestion = 0;
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                int at = from;
                while (nextClaim < byStart.size() && byStart.get(nextClaim).anchor().start() <= at) {
                    open.add(byStart.get(nextClaim++));
                }
                open.removeIf(c -> c.anchor().end() < to);
                while (nextSuggestion < suggestionsByStart.size() && suggestionsByStart.get(nextSuggestion).start() <= at) {
                    openSuggestions.add(suggestionsByStart.get(nextSuggestion++));
                }
                openSuggestions.removeIf(s -> s.end() < to);
                drawn.add(segment(from, to, open, !openSuggestions.isEmpty()));
            }
            from = to;
        }
        segments = List.copyOf(drawn);
        render();
    }

    /** The shortest claim covering a segment colours it (the most specific one); ties by text order, then id. */
    private static final Comparator<ClaimDetails> SHORTEST_FIRST = Comparator
            .comparingInt((ClaimDetails c) -> c.anchor().end() - c.anchor().start())
            .thenComparingInt(c -> c.anchor().start()).thenComparingLong(ClaimDetails::id);

    private Segment segment(int from, int to, java.util.SortedSet<ClaimDetails> covering, boolean suggested) {
        String text = body.substring(from, to);
        if (!covering.isEmpty()) {
            ClaimDetails top = covering.first();
            String classes = "hl hl-" + top.state().name().toLowerCase(java.util.Locale.ROOT)
                    + (covering.size() > 1 ? " hl-overlap" : "");
            return new Segment(from, text, classes,
                    covering.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(" ")),
                    covering.stream().map(ClaimDetails::statement).collect(Collectors.joining("\n")));
        }
        return new Segment(from, text, suggested ? "sg" : "", "", "");
    }

    public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    public Registration addHighlightClickListener(ComponentEventListener<HighlightClickEvent> listener) {
        return addListener(HighlightClickEvent.class, listener);
    }
}
