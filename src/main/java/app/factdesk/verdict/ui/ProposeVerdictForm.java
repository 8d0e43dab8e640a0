package app.factdesk.verdict.ui;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Rating, rationale and the sources relied on; fires {@link ProposeEvent}, the panel calls the service. */
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

    ProposeVerdictForm(long claimId, List<RatingLabelRow> labels, boolean correction) {
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
        Button propose = new Button(getTranslation(correction ? "verdicts.propose-correction" : "verdicts.submit"),
                click -> {
                    if (TextGuard.accepts(rationale)) {
                        fireEvent(new ProposeEvent(this, new ProposeVerdict(claimId,
                                rating.getValue() == null ? 0 : rating.getValue().id(), rationale.getValue(),
                                sources.getValue().stream().map(SourceRow::id).toList())));
                    }
                });
        propose.setId("verdict-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rating, rationale, sources, propose);
        setColspan(rationale, 2);
    }

    void offerSources(List<SourceRow> rows) {
        sources.setItems(rows);
    }

    Registration addProposeListener(ComponentEventListener<ProposeEvent> listener) {
        return addListener(ProposeEvent.class, listener);
    }
}
