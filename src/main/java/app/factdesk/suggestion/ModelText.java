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

    private static final String[] PREFIXES = {"\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
        "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"};
    private static final String[] SUFFIXES = {"\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646",
        "\u064A\u0646", "\u064A\u0647", "\u0647", "\u064A"};

    /**
     * Light stemming of the Arabic words of a normalised text (after Larkey et al.'s light10, on folded letters): a
     * leading {@code و} of a word of 4+ letters, then one article prefix ({@code ال وال بال كال فال لل}) and one
     * suffix ({@code ها ان ات ون ين ية ة ي}) where at least two letters remain. Other words are left as they are.
     */
    static String lightStem(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length());
        for (String word : normalised.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(arabic(word) ? stemWord(word) : word);
        }
        return out.toString();
    }

    private static boolean arabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static String stemWord(String word) {
        String w = word;
        if (w.length() > 3 && w.charAt(0) == '\u0648') {
            w = w.substring(1);
        }
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= 2) {
                w = w.substring(prefix.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 2) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w;
    }

    /** The plain baseline's view: lower case and single spaces, nothing else removed. */
    static String plain(String raw) {
        return raw.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
