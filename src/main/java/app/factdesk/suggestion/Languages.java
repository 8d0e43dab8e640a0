package app.factdesk.suggestion;

/** Tells Arabic from English by script: a text whose letters are mostly Arabic script is "ar", any other "en". */
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

    /** "ar" or "en" as given, or detected from the text when null or blank. */
    static String resolve(String language, String text) {
        if (language == null || language.isBlank()) {
            return detect(text);
        }
        String code = language.strip().toLowerCase(java.util.Locale.ROOT);
        if (code.startsWith("ar")) {
            return "ar";
        }
        if (code.startsWith("en")) {
            return "en";
        }
        throw new IllegalArgumentException("Unsupported language: " + language);
    }
}
