package app.factdesk.suggestion;

import java.util.Locale;

/** The language code a text is handled in: as given (its primary subtag, lower case) or detected from the script. */
final class Languages {

    private static final int SAMPLE = 4096;

    private Languages() {
    }

    /** "ar" when more than half of the first few thousand letters are Arabic script, else "en". */
    static String detect(String text) {
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < text.length() && letters < SAMPLE; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return arabic * 2 > letters ? "ar" : "en";
    }

    /**
     * The primary subtag of {@code language} ("ar-EG" and "AR" are "ar", "fr" stays "fr"), or the language detected
     * from the text when null or blank. Never throws: whether a model exists is the engine's question.
     */
    static String resolve(String language, String text) {
        if (language == null || language.isBlank()) {
            return detect(text == null ? "" : text);
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return dash > 0 ? code.substring(0, dash) : code;
    }
}
