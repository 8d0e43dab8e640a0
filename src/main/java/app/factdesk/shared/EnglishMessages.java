package app.factdesk.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** English text of a message key, for answers that have no UI locale (the REST API). */
public final class EnglishMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private EnglishMessages() {
    }

    public static Optional<String> text(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH, NO_FALLBACK).getString(key);
            return Optional.of(arguments == null || arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, Locale.ENGLISH).format(arguments));
        } catch (MissingResourceException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
