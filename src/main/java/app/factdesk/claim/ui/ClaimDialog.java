package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimAction;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.shared.ui.TextGuard;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Creates or edits a claim: the quote it is anchored to, the team's fields and, for an existing claim, the state
 * changes the user may make. Fires events; the view calls the services.
 */
class ClaimDialog extends Dialog {

    /** Save pressed with valid fields. */
    static class SaveEvent extends ComponentEvent<ClaimDialog> {
        final ClaimFields fields;

        SaveEvent(ClaimDialog source, ClaimFields fields) {
            super(source, false);
            this.fields = fields;
        }
    }

    /** A state change with its reason (null when none is asked). */
    static class ActionEvent extends ComponentEvent<ClaimDialog> {
        final ClaimAction action;
        final String reason;

        ActionEvent(ClaimDialog source, ClaimAction action, String reason) {
            super(source, false);
            this.action = action;
            this.reason = reason;
        }
    }

    final ClaimForm form;
    private final Div conflict = new Div();
    private final Paragraph problem = new Paragraph();
    final ClaimDetails existing;
    /** The version the next save expects; moves forward when the user chooses to re-apply over a newer change. */
    long version;

    ClaimDialog(String quote, String direction, ClaimDetails existing, List<ClaimAction> actions, boolean canEdit,
            List<String> workspaceTags) {
        this.existing = existing;
        this.version = existing == null ? 0 : existing.version();
        setHeaderTitle(getTranslation(existing == null ? "claim.new" : "claim.edit"));
        setWidth("min(46rem, 95vw)");
        Paragraph quoted = new Paragraph(quote);
        quoted.addClassName("claim-quote");
        quoted.setId("claim-quote");
        quoted.getElement().setAttribute("dir", direction);
        form = new ClaimForm(workspaceTags);
        conflict.setId("claim-conflict");
        conflict.addClassName("claim-conflict");
        conflict.setVisible(false);
        problem.setId("claim-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(quoted, conflict, problem, form);
        if (existing != null) {
            form.fill(existing);
            Span state = new Span(getTranslation("state." + existing.state().name()));
            state.getElement().getThemeList().add("badge");
            com.vaadin.flow.component.html.Anchor details = new com.vaadin.flow.component.html.Anchor(
                    "claims/" + existing.id(), getTranslation("claim.open-details"));
            details.setId("claim-open-details");
            getHeader().add(state, details);
            if (existing.rejectionReason() != null) {
                add(new Paragraph(getTranslation("claim.rejected-because", existing.rejectionReason())));
            }
        }
        form.setEnabled(canEdit);
        if (canEdit) {
            // Opening the dialog puts the caret in its first field (the statement), ready to type.
            addOpenedChangeListener(opened -> {
                if (opened.isOpened()) {
                    form.statement.focus();
                }
            });
        }
        // Following "Open claim page" (or any navigation) closes the dialog, so it never stays over the next page.
        addAttachListener(attach -> {
            com.vaadin.flow.shared.Registration navigation = attach.getUI()
                    .addAfterNavigationListener(after -> close());
            addDetachListener(detach -> {
                navigation.remove();
                detach.unregisterListener();
            });
        });
        for (ClaimAction action : actions) {
            Button button = new Button(getTranslation("action." + action.name()), click -> act(action));
            button.setId("claim-action-" + action.name().toLowerCase(java.util.Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (action == ClaimAction.REJECT) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            getFooter().add(button);
        }
        Button cancel = new Button(getTranslation("app.cancel"), click -> close());
        getFooter().add(cancel);
        if (canEdit) {
            Button save = new Button(getTranslation(existing == null ? "claim.create" : "claim.save"), click -> save());
            save.setId("claim-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
        }
    }

    /**
     * Lists claims of the workspace that already say what this quote says, each a link to its page, then fact-checks
     * of the reference library that read like it, each a link to where it was published.
     */
    void showSimilar(List<app.factdesk.claim.SimilarClaim> matches,
            List<app.factdesk.claim.CheckedElsewhere> checked) {
        if (matches.isEmpty() && checked.isEmpty()) {
            return;
        }
        Div similar = new Div(new Span(getTranslation("similar.already-checked")));
        similar.setId("claim-similar");
        similar.addClassName("claim-similar");
        for (app.factdesk.claim.SimilarClaim match : matches) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "claims/" + match.claimId(), match.statement());
            link.getElement().setAttribute("dir", "auto");
            String verdict = match.verdict() == null ? getTranslation("state." + match.state().name())
                    : getTranslation("similar.verdict", match.verdict());
            similar.add(new Div(link, new Span(" · " + getTranslation("similar.score",
                    Math.round(match.score() * 100)) + " · " + verdict)));
        }
        for (app.factdesk.claim.CheckedElsewhere match : checked) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(match.url(),
                    match.claimReviewed());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("dir", "auto");
            similar.add(new Div(link, new Span(" · " + getTranslation("similar.checked-by", match.publisher(),
                    app.factdesk.shared.ui.Formats.date(match.published(), getLocale()), match.rating()))));
        }
        addComponentAtIndex(2, similar);
    }

    /** Says inside the dialog why the claim was refused; everything typed stays. */
    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void save() {
        problem.setVisible(false);
        ClaimFields fields = form.fields();
        if (fields != null) {
            fireEvent(new SaveEvent(this, fields));
        }
    }

    private void act(ClaimAction action) {
        if (action != ClaimAction.REJECT) {
            fireEvent(new ActionEvent(this, action, null));
            return;
        }
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("claim.reject-title"));
        TextArea reason = new TextArea(getTranslation("claim.reject-reason"));
        reason.setId("reject-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        ask.add(reason);
        Button confirm = new Button(getTranslation("action.REJECT"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("claim.reason-required"));
                return;
            }
            if (!TextGuard.accepts(reason)) {
                return;
            }
            ask.close();
            fireEvent(new ActionEvent(this, ClaimAction.REJECT, reason.getValue()));
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("app.cancel"), click -> ask.close()), confirm);
        ask.open();
        reason.focus();
    }

    /** Someone saved first: keep the user's text in the form and show theirs beside it. */
    void showConflict(String message, ClaimDetails current) {
        conflict.removeAll();
        version = current.version();
        Paragraph theirs = new Paragraph(getTranslation("claim.conflict-current", current.statement()));
        theirs.getElement().setAttribute("dir", "auto");
        Button reload = new Button(getTranslation("claim.conflict-reload"), click -> {
            form.fill(current);
            conflict.setVisible(false);
        });
        reload.setId("conflict-reload");
        Button reapply = new Button(getTranslation("claim.conflict-reapply"), click -> save());
        reapply.setId("conflict-reapply");
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph(message), theirs, reload, reapply);
        conflict.setVisible(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }
}
