package app.factdesk.suggestion;

/**
 * Folds the spelling variants that carry no meaning for matching: Arabic diacritics and tatweel are dropped, the
 * hamza-carrying alefs become a bare alef, alef maqsura and Persian yeh become yeh, Persian keheh becomes kaf, teh
 * marbuta becomes heh, digits of any script become {@code 0}, Latin letters are lower-cased.
 */
final class TextFolding {

    static final char DROPPED = 0;

    private TextFolding() {
    }

    /** The folded character, or {@link #DROPPED}. */
    static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c >= '0' && c <= '9' ? '0' : c;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return DROPPED;
        }
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671': return '\u0627';
            case '\u0649', '\u06CC': return '\u064A';
            case '\u06A9': return '\u0643';
            case '\u0629': return '\u0647';
            default:
                if (Character.isDigit(c)) {
                    return '0';
                }
                return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        }
    }

    /** True for the characters words are made of: letters, digits and combining marks. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char f = fold(text.charAt(i));
            if (f != DROPPED) {
                out.append(f);
            }
        }
        return out.toString();
    }
}
