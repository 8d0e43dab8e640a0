package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;

/**
 * The claims of an article beside its text, in text order; a click (or Enter) opens one. The cards are in a virtual
 * list: only those in view (and a few around them) exist, on the server and in the browser, so an article with
 * thousands of claims opens as fast as one with ten.
 */
class ClaimList extends Div {

    static class OpenEvent extends ComponentEvent<ClaimList> {
        final long claimId;

        OpenEvent(ClaimList source, long claimId) {
            super(source, false);
            this.claimId = claimId;
        }
    }

    /** What is on screen, so that a live refresh that changes nothing leaves the cards (and focus) alone. */
    private List<ClaimDetails> shown;
    private String shownDirection;
    private String direction = "ltr";
    private final VirtualList<ClaimDetails> cards = new VirtualList<>();
    private final Paragraph none = new Paragraph();

    ClaimList() {
        setId("claim-list");
        addClassName("claim-list");
        setHeightFull();
        cards.addClassName("claim-cards");
        cards.setHeightFull();
        cards.setRenderer(new ComponentRenderer<>(this::card));
        // Remember which card had focus, so a re-render that replaces the cards puts focus back on the same claim
        // instead of dropping it on the page body (a keyboard user would have to start over from the top).
        getElement().executeJs("""
                this.addEventListener('focusin', e => {
                  const card = e.target.closest && e.target.closest('[data-claim]');
                  this.__focusedClaim = card ? card.dataset.claim : null;
                });
                this.addEventListener('focusout', e => {
                  if (e.relatedTarget) this.__focusedClaim = null;
                });""");
    }

    void show(List<ClaimDetails> claims, String direction) {
        if (claims.equals(shown) && direction.equals(shownDirection)) {
            return;
        }
        shown = List.copyOf(claims);
        shownDirection = direction;
        this.direction = direction;
        if (claims.isEmpty()) {
            none.setText(getTranslation("claims.none-yet"));
            removeAll();
            add(none);
            return;
        }
        if (cards.getParent().isEmpty()) {
            removeAll();
            add(cards);
        }
        cards.setItems(shown);
        // The list draws its new cards after this response: wait for the card that had focus to be back.
        getElement().executeJs("""
                const id = this.__focusedClaim;
                if (!id) return;
                let tries = 20;
                const restore = () => {
                  if (this.__focusedClaim !== id) return; // the user has moved on
                  const active = document.activeElement;
                  if (active && active !== document.body && active.isConnected
                      && !(this.contains(active) && active.dataset.claim !== id)) return;
                  const card = this.querySelector('[data-claim="' + id + '"]');
                  if (card) card.focus();
                  else if (--tries > 0) requestAnimationFrame(restore);
                };
                requestAnimationFrame(restore);""");
    }

    /** The claims the list holds, in order (tests and the keyboard journey read them). */
    List<ClaimDetails> claims() {
        return shown == null ? List.of() : shown;
    }

    private Div card(ClaimDetails claim) {
        Div card = new Div();
        card.addClassNames("claim-card", "state-" + claim.state().name().toLowerCase(Locale.ROOT));
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("data-claim", String.valueOf(claim.id()));
        Span state = new Span(getTranslation("state." + claim.state().name()));
        state.getElement().getThemeList().add("badge");
        Paragraph statement = new Paragraph(claim.statement());
        statement.addClassName("claim-statement");
        statement.getElement().setAttribute("dir", "auto");
        Paragraph quote = new Paragraph("«" + claim.anchor().exact() + "»");
        quote.addClassName("claim-card-quote");
        quote.getElement().setAttribute("dir", direction);
        card.add(state, statement, quote);
        if (claim.claimant() != null) {
            Span claimant = new Span(claim.claimant());
            claimant.addClassName("claim-claimant");
            card.add(claimant);
        }
        card.addClickListener(click -> fireEvent(new OpenEvent(this, claim.id())));
        card.getElement().addEventListener("keydown", e -> fireEvent(new OpenEvent(this, claim.id())))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        Div row = new Div(card);
        row.addClassName("claim-row");
        return row;
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }
}
