package app.factdesk.claim.ui;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.Priority;
import app.factdesk.shared.ui.TextGuard;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The team's fields of a claim; it validates what it can and hands back a {@link ClaimFields}. */
class ClaimForm extends Composite<FormLayout> implements com.vaadin.flow.component.HasEnabled {

    final TextArea statement = new TextArea();
    final TextField claimant = new TextField();
    final DatePicker claimDate = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker());
    final Select<Priority> priority = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final Set<String> knownTags = new LinkedHashSet<>();

    ClaimForm(List<String> workspaceTags) {
        statement.setLabel(getTranslation("claim.statement"));
        statement.setId("claim-statement");
        statement.setMaxLength(ClaimFields.MAX_STATEMENT);
        statement.setRequired(true);
        statement.setHelperText(getTranslation("claim.statement-hint", ClaimFields.MAX_STATEMENT));
        statement.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        statement.getElement().setAttribute("dir", "auto");
        claimant.setLabel(getTranslation("claim.claimant"));
        claimant.setId("claim-claimant");
        claimant.setMaxLength(200);
        claimant.getElement().setAttribute("dir", "auto");
        claimDate.setLabel(getTranslation("claim.date"));
        priority.setLabel(getTranslation("claim.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.NORMAL);
        tags.setLabel(getTranslation("claim.tags"));
        tags.setId("claim-tags");
        tags.setAllowCustomValue(true);
        knownTags.addAll(workspaceTags);
        tags.setItems(knownTags);
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty() && tag.length() <= 40) {
                knownTags.add(tag);
                Set<String> selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setItems(knownTags);
                tags.setValue(selected);
            }
        });
        getContent().add(statement, claimant, claimDate, priority, tags);
        getContent().setColspan(statement, 2);
        getContent().setColspan(tags, 2);
    }

    void fill(ClaimDetails claim) {
        statement.setValue(claim.statement());
        claimant.setValue(claim.claimant() == null ? "" : claim.claimant());
        claimDate.setValue(claim.claimDate());
        priority.setValue(claim.priority());
        knownTags.addAll(claim.tags());
        tags.setItems(knownTags);
        tags.setValue(new LinkedHashSet<>(claim.tags()));
    }

    /** The fields, or null after marking what is missing. */
    ClaimFields fields() {
        if (statement.getValue().isBlank()) {
            statement.setInvalid(true);
            statement.setErrorMessage(getTranslation("claim.statement-required"));
            return null;
        }
        statement.setInvalid(false);
        if (!TextGuard.accepts(statement, claimant)) {
            return null;
        }
        return new ClaimFields(statement.getValue(), claimant.getValue(), claimDate.getValue(), priority.getValue(),
                new ArrayList<>(tags.getValue()));
    }
}
