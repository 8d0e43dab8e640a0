package app.factdesk.shared;

/** Guesses a text's language from its letters: mostly Arabic script is "ar", anything else "en". */
public final class TextLanguage {

    private TextLanguage() {
    }

    public static String detect(String text) {
        if (text == null) {
            return "en";
        }
        long arabic = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
            i += Character.charCount(c);
        }
        return letters > 0 && arabic * 2 > letters ? "ar" : "en";
    }

    /** The reading direction of a language: right-to-left for Arabic, Persian, Urdu and Hebrew. */
    public static String direction(String language) {
        return switch (language == null ? "" : language) {
            case "ar", "fa", "ur", "he" -> "rtl";
            default -> "ltr";
        };
    }
}
