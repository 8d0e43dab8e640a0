package app.factdesk.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** UI text from {@code i18n/messages_en} and {@code i18n/messages_ar}; Arabic for Arabic locales, else English. */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            Locale writing = Formats.of(supported);
            return new MessageFormat(pattern, writing).format(isRightToLeft(supported) ? isolated(params)
                    : params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key + "!";
        }
    }

    /**
     * Arabic sentences take names, dates, titles and identifiers (every text argument) as bidi-isolated runs (FSI …
     * PDI), so a Latin name or a date keeps its own order inside right-to-left text instead of being reordered with
     * its neighbours. Numbers stay numbers (some patterns format them), written with Latin digits.
     */
    static Object[] isolated(Object[] params) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence text) {
                out[i] = isolate(text.toString());
            }
        }
        return out;
    }

    /** One run isolated from the text around it, its direction from its own first strong letter. */
    public static String isolate(String text) {
        return text == null || text.isEmpty() ? "" : "\u2068" + text + "\u2069";
    }

    /** True when the bundle of the locale's supported language has this key (for names shown as stored otherwise). */
    public static boolean has(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).containsKey(key);
    }

    public static Locale supported(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? ARABIC : ENGLISH;
    }

    public static boolean isRightToLeft(Locale locale) {
        return ARABIC.equals(supported(locale));
    }
}
