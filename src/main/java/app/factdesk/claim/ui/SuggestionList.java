package app.factdesk.claim.ui;

import app.factdesk.claim.SuggestionRow;
import app.factdesk.suggestion.Reason;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Suggested sentences, best first, each with its score, reasons, Accept and Dismiss (keyboard reachable). */
class SuggestionList extends Div {

    static class AcceptEvent extends ComponentEvent<SuggestionList> {
        final SuggestionRow suggestion;

        AcceptEvent(SuggestionList source, SuggestionRow suggestion) {
            super(source, false);
            this.suggestion = suggestion;
        }
    }

    static class DismissEvent extends ComponentEvent<SuggestionList> {
        final SuggestionRow suggestion;

        DismissEvent(SuggestionList source, SuggestionRow suggestion) {
            super(source, false);
            this.suggestion = suggestion;
        }
    }

    SuggestionList() {
        setId("suggestion-list");
        addClassName("suggestion-list");
    }

    private String missingModel;

    /** Says, instead of any list, that there is no model for this language (its name as the reader reads it). */
    void noModelFor(String languageName) {
        this.missingModel = languageName;
    }

    void show(List<SuggestionRow> suggestions, String direction) {
        show(suggestions, direction, java.util.Map.of());
    }

    /** The suggestions, each with the workspace's claim that already says the same, if any (keyed by position). */
    void show(List<SuggestionRow> suggestions, String direction,
            java.util.Map<Integer, app.factdesk.claim.SimilarClaim> alreadyClaimed) {
        removeAll();
        if (missingModel != null) {
            Paragraph none = new Paragraph(getTranslation("suggestions.no-model", missingModel));
            none.setId("suggestions-no-model");
            add(none);
            return;
        }
        if (suggestions.isEmpty()) {
            add(new Paragraph(getTranslation("suggestions.none")));
            return;
        }
        int rank = 0;
        for (SuggestionRow suggestion : suggestions) {
            rank++;
            Div card = new Div();
            card.addClassName("suggestion-card");
            Span score = new Span(getTranslation("suggestions.score", Math.round(suggestion.score() * 100)));
            score.getElement().getThemeList().add("badge contrast");
            Paragraph text = new Paragraph(suggestion.text());
            text.getElement().setAttribute("dir", direction);
            text.addClassName("suggestion-text");
            Div reasons = new Div();
            reasons.addClassName("suggestion-reasons");
            for (Reason reason : suggestion.reasons()) {
                Span chip = new Span(getTranslation("reason." + reason.key())
                        + (reason.detail() == null || reason.detail().isBlank() ? "" : " «" + reason.detail() + "»"));
                chip.getElement().getThemeList().add("badge small");
                reasons.add(chip);
            }
            Button accept = new Button(getTranslation("suggestions.accept"),
                    click -> fireEvent(new AcceptEvent(this, suggestion)));
            accept.setId("accept-suggestion-" + rank);
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button dismiss = new Button(getTranslation("suggestions.dismiss"),
                    click -> fireEvent(new DismissEvent(this, suggestion)));
            dismiss.setId("dismiss-suggestion-" + rank);
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(score, text, reasons);
            app.factdesk.claim.SimilarClaim same = alreadyClaimed.get(rank - 1);
            if (same != null) {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                        "claims/" + same.claimId(), getTranslation(same.verdict() == null
                                ? "suggestions.similar-to" : "suggestions.similar-to-published", String.valueOf(same.claimId()),
                                same.verdict() == null ? "" : same.verdict()));
                link.setId("suggestion-similar-" + rank);
                link.addClassName("suggestion-similar");
                card.add(new Div(link));
            }
            card.add(accept, dismiss);
            add(card);
        }
    }

    Registration addAcceptListener(ComponentEventListener<AcceptEvent> listener) {
        return addListener(AcceptEvent.class, listener);
    }

    Registration addDismissListener(ComponentEventListener<DismissEvent> listener) {
        return addListener(DismissEvent.class, listener);
    }
}
