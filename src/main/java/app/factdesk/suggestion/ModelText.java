package app.factdesk.suggestion;

import java.util.regex.Pattern;

/**
 * What the check-worthiness model reads of a unit (a tweet, a sentence): the text with what carries no meaning
 * taken out. Links become the word {@code httpurl}, {@code @mentions} the word {@code atuser}, a hashtag keeps its
 * words without the {@code #}, Arabic diacritics and tatweel go and letters are folded ({@link TextFolding}), digits
 * inside a word that is not a number (link codes such as {@code blP6PGl9zX}) are dropped, and the remaining digits
 * become {@code 0}. White space is collapsed to single spaces.
 */
final class ModelText {

    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("@\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ModelText() {
    }

    static String normalise(String raw) {
        String text = LINK.matcher(raw).replaceAll(" httpurl ");
        text = MENTION.matcher(text).replaceAll(" atuser ");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (TextFolding.isWordChar(c)) {
                int end = i;
                boolean letters = false;
                while (end < text.length() && TextFolding.isWordChar(text.charAt(end))) {
                    letters |= Character.isLetter(text.charAt(end));
                    end++;
                }
                for (int k = i; k < end; k++) {
                    char ch = text.charAt(k);
                    if (letters && Character.isDigit(ch)) {
                        continue;
                    }
                    char folded = TextFolding.fold(ch);
                    if (folded != TextFolding.DROPPED) {
                        out.append(folded);
                    }
                }
                i = end;
            } else {
                if (c == '#' || c == '_') {
                    c = ' ';
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    c = ' ';
                } else if (Character.getType(c) == Character.FORMAT) {
                    i++;
                    continue;
                }
                if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                    out.append(c);
                }
                i++;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The plain baseline's view: lower case and single spaces, nothing else removed. */
    static String plain(String raw) {
        return raw.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
