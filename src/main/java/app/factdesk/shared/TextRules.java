package app.factdesk.shared;

/**
 * The one rule for what text Fact Desk accepts, wherever it comes from (a form, the API, a search box, a filter):
 * well-formed UTF-16 (no lone surrogate, so nothing is silently stored as {@code ?}), no U+0000 (PostgreSQL cannot
 * store it), no other C0 control character or DEL, and tab and line breaks only in multi-line fields. Everything
 * else (any script, emoji, direction marks) is accepted as it is; nothing is ever replaced.
 */
public final class TextRules {

    /**
     * The names of the fields (command record components and service parameters) that are multi-line: they may
     * hold tabs and line breaks. Every other text field is a single line.
     */
    public static final java.util.Set<String> MULTILINE_FIELDS = java.util.Set.of("body", "text", "excerpt",
            "rationale", "reason", "description", "correctionNote", "statement", "note", "exact", "prefix", "suffix");

    private TextRules() {
    }

    /** Whether {@code text} may be stored in a single-line field (a title, a name, a URL, a search query). */
    public static boolean isValidLine(String text) {
        return firstInvalid(text, false) < 0;
    }

    /** Whether {@code text} may be stored in a multi-line field (a body, a rationale, a comment). */
    public static boolean isValidMultiline(String text) {
        return firstInvalid(text, true) < 0;
    }

    /** Whether the field called {@code field} (e.g. {@code fields.statement}) is multi-line. */
    public static boolean isMultiline(String field) {
        return MULTILINE_FIELDS.contains(field.substring(field.lastIndexOf('.') + 1));
    }

    /** The index of the first refused character, or -1 when the text is acceptable (null is acceptable). */
    public static int firstInvalid(String text, boolean multiline) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || c == 0x7f || (c < 0x20 && !allowedControl(c, multiline))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allowedControl(char c, boolean multiline) {
        return multiline && (c == '\t' || c == '\n' || c == '\r');
    }
}
