package app.factdesk.verdict.ui;

import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingLabelRow;
import app.factdesk.verdict.SourceRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rating, rationale and the sources relied on; fires {@link ProposeEvent}, the panel calls the service. Before the
 * click it says what is still missing and enables Propose only when nothing is; a refusal keeps every field as typed
 * and shows its reason next to the field it concerns ({@link #refused}).
 */
class ProposeVerdictForm extends FormLayout {

    /** The user asked to propose this verdict. */
    static class ProposeEvent extends ComponentEvent<ProposeVerdictForm> {
        final ProposeVerdict command;

        ProposeEvent(ProposeVerdictForm form, ProposeVerdict command) {
            super(form, false);
            this.command = command;
        }
    }

    final Select<RatingLabelRow> rating = new Select<>();
    final TextArea rationale = new TextArea();
    final CheckboxGroup<SourceRow> sources = new CheckboxGroup<>();
    final Paragraph missing = new Paragraph();
    final Paragraph refusal = new Paragraph();
    final Button propose;
    private List<String> blockers;
    private boolean anySource;

    ProposeVerdictForm(long claimId, List<RatingLabelRow> labels, boolean correction, List<String> blockers) {
        this.blockers = List.copyOf(blockers);
        rating.setLabel(getTranslation("verdicts.rating"));
        rating.setId("verdict-rating");
        rating.setItems(labels);
        rating.setItemLabelGenerator(label -> label.label(getLocale()));
        rationale.setLabel(getTranslation("verdicts.rationale"));
        rationale.setId("verdict-rationale");
        rationale.setMaxLength(20_000);
        rationale.getElement().setAttribute("dir", "auto");
        sources.setLabel(getTranslation("verdicts.sources"));
        sources.setId("verdict-sources");
        sources.setItemLabelGenerator(SourceRow::title);
        missing.setId("verdict-missing");
        missing.addClassName("form-hint");
        refusal.setId("verdict-refusal");
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        propose = new Button(getTranslation(correction ? "verdicts.propose-correction" : "verdicts.submit"),
                click -> {
                    refusal.setVisible(false);
                    if (TextGuard.accepts(rationale)) {
                        fireEvent(new ProposeEvent(this, new ProposeVerdict(claimId,
                                rating.getValue() == null ? 0 : rating.getValue().id(), rationale.getValue(),
                                sources.getValue().stream().map(SourceRow::id).toList())));
                    }
                });
        propose.setId("verdict-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rating.addValueChangeListener(change -> {
            rating.setInvalid(false);
            update();
        });
        rationale.addValueChangeListener(change -> {
            rationale.setInvalid(false);
            update();
        });
        sources.addValueChangeListener(change -> {
            sources.setInvalid(false);
            update();
        });
        add(rating, rationale, sources, missing, refusal, propose);
        setColspan(rationale, 2);
        setColspan(missing, 2);
        setColspan(refusal, 2);
        update();
    }

    void offerSources(List<SourceRow> rows) {
        anySource = !rows.isEmpty();
        sources.setItems(rows);
        update();
    }

    /** What stands between the form and a proposal that can succeed, in the user's words; empty when nothing. */
    List<String> missing() {
        List<String> items = new ArrayList<>();
        if (!blockers.isEmpty()) {
            items.add(getTranslation("verdicts.missing.tasks", blockers.size(), String.join(", ", blockers)));
        }
        if (!anySource) {
            items.add(getTranslation("verdicts.missing.no-source"));
        } else if (sources.getValue().isEmpty()) {
            items.add(getTranslation("verdicts.missing.source"));
        }
        if (rating.getValue() == null) {
            items.add(getTranslation("verdicts.missing.rating"));
        }
        if (rationale.getValue().isBlank()) {
            items.add(getTranslation("verdicts.missing.rationale"));
        }
        return items;
    }

    private void update() {
        List<String> items = missing();
        missing.setText(items.isEmpty() ? "" : getTranslation("verdicts.missing", String.join("; ", items)));
        missing.setVisible(!items.isEmpty());
        propose.setEnabled(items.isEmpty());
    }

    /**
     * The service refused: keep every field as typed and show the reason at the field it concerns (or above the
     * button when it concerns the whole proposal, such as a verdict someone else proposed meanwhile).
     */
    void refused(UserFacingException refused, List<String> blockersNow) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        switch (refused.messageKey()) {
            case "verdict.rationale-required" -> {
                rationale.setErrorMessage(message);
                rationale.setInvalid(true);
            }
            case "verdict.sources-required", "verdict.source-not-of-claim" -> {
                sources.setErrorMessage(message);
                sources.setInvalid(true);
            }
            case "verdict.rating-retired", "rating.not-found" -> {
                rating.setErrorMessage(message);
                rating.setInvalid(true);
            }
            default -> {
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
        blockers = List.copyOf(blockersNow);
        update();
    }

    Registration addProposeListener(ComponentEventListener<ProposeEvent> listener) {
        return addListener(ProposeEvent.class, listener);
    }
}
