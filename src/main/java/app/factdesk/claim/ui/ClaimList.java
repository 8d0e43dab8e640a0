package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimDetails;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;

/** The claims of an article beside its text, in text order; a click (or Enter) opens one. */
class ClaimList extends Div {

    static class OpenEvent extends ComponentEvent<ClaimList> {
        final long claimId;

        OpenEvent(ClaimList source, long claimId) {
            super(source, false);
            this.claimId = claimId;
        }
    }

    ClaimList() {
        setId("claim-list");
        addClassName("claim-list");
    }

    void show(List<ClaimDetails> claims, String direction) {
        removeAll();
        if (claims.isEmpty()) {
            add(new Paragraph(getTranslation("claims.none-yet")));
            return;
        }
        for (ClaimDetails claim : claims) {
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
            add(card);
        }
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }
}
