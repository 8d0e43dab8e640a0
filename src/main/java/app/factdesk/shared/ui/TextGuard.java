package app.factdesk.shared.ui;

import app.factdesk.shared.TextRules;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form side of {@link TextRules}: before a form sends its command, each text field is checked and a refused one
 * shows a message at the field (multi-line rules for a {@link TextArea}, single-line for a {@link TextField}). The
 * service checks again; this only puts the message where the user looks.
 */
public final class TextGuard {

    private TextGuard() {
    }

    /** Whether every field holds acceptable text; marks each one that does not. */
    @SafeVarargs
    public static boolean accepts(AbstractField<?, String>... fields) {
        boolean all = true;
        for (AbstractField<?, String> field : fields) {
            boolean multiline = field instanceof TextArea;
            if (TextRules.firstInvalid(field.getValue(), multiline) >= 0) {
                all = false;
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(field.getTranslation("text.invalid-field"));
                    validated.setInvalid(true);
                }
            }
        }
        return all;
    }
}
