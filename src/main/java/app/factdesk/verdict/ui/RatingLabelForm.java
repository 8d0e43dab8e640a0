package app.factdesk.verdict.ui;

import app.factdesk.verdict.RatingLabelFields;
import app.factdesk.verdict.RatingLabelRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Edits one rating label (or a new one); fires {@link SaveEvent} with the label id, null for a new label. */
class RatingLabelForm extends FormLayout {

    /** Save these fields to the label {@code labelId} (null: add a label). */
    static class SaveEvent extends ComponentEvent<RatingLabelForm> {
        final Long labelId;
        final long version;
        final RatingLabelFields fields;

        SaveEvent(RatingLabelForm form, Long labelId, long version, RatingLabelFields fields) {
            super(form, false);
            this.labelId = labelId;
            this.version = version;
            this.fields = fields;
        }
    }

    final TextField labelEn = new TextField();
    final TextField labelAr = new TextField();
    final IntegerField value = new IntegerField();
    final TextField colour = new TextField();
    final TextField description = new TextField();
    private Long labelId;
    private long version;

    RatingLabelForm() {
        labelEn.setLabel(getTranslation("rating.label-en"));
        labelEn.setId("rating-label-en");
        labelAr.setLabel(getTranslation("rating.label-ar"));
        labelAr.setId("rating-label-ar");
        labelAr.getElement().setAttribute("dir", "rtl");
        value.setLabel(getTranslation("rating.value"));
        value.setHelperText(getTranslation("rating.no-value"));
        colour.setLabel(getTranslation("rating.colour"));
        colour.setPattern("#[0-9a-fA-F]{6}");
        colour.setValue("#757575");
        description.setLabel(getTranslation("rating.description"));
        Button save = new Button(getTranslation("rating.save"), click -> fireEvent(new SaveEvent(this, labelId, version,
                new RatingLabelFields(labelEn.getValue(), labelAr.getValue(), value.getValue(), colour.getValue(),
                        description.getValue()))));
        save.setId("rating-save");
        Button cancel = new Button(getTranslation("rating.cancel"), click -> edit(null));
        add(labelEn, labelAr, value, colour, description, save, cancel);
    }

    /** Shows a label to edit, or empties the form for a new one. */
    void edit(RatingLabelRow label) {
        labelId = label == null ? null : label.id();
        version = label == null ? 0 : label.version();
        labelEn.setValue(label == null ? "" : label.labelEn());
        labelAr.setValue(label == null ? "" : label.labelAr());
        value.setValue(label == null ? null : label.ratingValue());
        colour.setValue(label == null ? "#757575" : label.colour());
        description.setValue(label == null || label.description() == null ? "" : label.description());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
