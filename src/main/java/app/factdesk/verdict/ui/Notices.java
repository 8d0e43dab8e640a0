package app.factdesk.verdict.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Runs a service call from a button and tells the user how it went, in their language. */
final class Notices {

    private Notices() {
    }

    /** Shows a refusal next to the field it concerns; false when no field of the form is concerned. */
    interface AtField {
        boolean show(String messageKey, String message);
    }

    /** Runs {@code action}; on success shows {@code doneKey}, on a refusal its translated message. */
    static boolean attempt(Component source, Runnable action, String doneKey) {
        return attempt(source, action, doneKey, (key, message) -> false);
    }

    /** As {@link #attempt(Component, Runnable, String)}, a refusal about a field shown at that field. */
    static boolean attempt(Component source, Runnable action, String doneKey, AtField atField) {
        try {
            action.run();
            Toast.done(source.getTranslation(doneKey));
            return true;
        } catch (UserFacingException refused) {
            String message = source.getTranslation(refused.messageKey(), refused.arguments());
            if (!atField.show(refused.messageKey(), message)) {
                Toast.refused(message);
            }
            return false;
        }
    }

    static String when(java.util.Locale locale, Instant instant) {
        return app.factdesk.shared.ui.Formats.dateTime(instant, locale);
    }
}
