package app.factdesk.verdict.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Runs a service call from a button and tells the user how it went, in their language. */
final class Notices {

    private Notices() {
    }

    /** Runs {@code action}; on success shows {@code doneKey}, on a refusal its translated message. */
    static boolean attempt(Component source, Runnable action, String doneKey) {
        try {
            action.run();
            Toast.done(source.getTranslation(doneKey));
            return true;
        } catch (UserFacingException refused) {
            Notification.show(source.getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    static String when(java.util.Locale locale, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
