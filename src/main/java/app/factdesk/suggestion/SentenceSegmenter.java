package app.factdesk.suggestion;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences with ICU's sentence rules, and also at every paragraph break (a blank line) so that
 * a headline or a paragraph without final punctuation stands alone. A single line break inside a paragraph is read
 * as a space: hard-wrapped text (e-mail, PDF copies) segments exactly as the same text unwrapped. Sentences are trimmed of white space (including the no-break
 * space) and of invisible format characters, without ever shifting an offset. Thread-safe.
 */
public final class SentenceSegmenter {

    private static final BreakIterator ARABIC = BreakIterator.getSentenceInstance(new ULocale("ar"));
    // "ss=standard" keeps ICU from breaking after abbreviations such as "Mr." or "U.S."
    private static final BreakIterator ENGLISH = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    private SentenceSegmenter() {
    }

    /** The sentences of {@code text} in text order; {@code language} is "ar" or "en" (anything else: "en"). */
    public static List<Sentence> segment(String text, String language) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        String unwrapped = unwrap(text);
        BreakIterator breaks = (BreakIterator) ("ar".equals(language) ? ARABIC : ENGLISH).clone();
        breaks.setText(unwrapped);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            splitLines(text, unwrapped, start, end, sentences);
        }
        return sentences;
    }

    /**
     * The text with every line break that is alone (not part of a blank line) replaced by a space; same length, so
     * every offset still points into the original. {@code \r\n} counts as one break.
     */
    static String unwrap(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (!isLineBreak(out[i])) {
                i++;
                continue;
            }
            int end = i;
            int breaks = 0;
            while (end < out.length && (isLineBreak(out[end]) || out[end] == ' ' || out[end] == '\t'
                    || out[end] == '\u00A0')) {
                if (isLineBreak(out[end]) && !(out[end] == '\n' && end > 0 && out[end - 1] == '\r')) {
                    breaks++;
                }
                end++;
            }
            if (breaks == 1) {
                for (int k = i; k < end; k++) {
                    if (isLineBreak(out[k])) {
                        out[k] = ' ';
                    }
                }
            }
            i = end;
        }
        return new String(out);
    }

    private static void splitLines(String text, String unwrapped, int start, int end, List<Sentence> out) {
        int from = start;
        for (int i = start; i < end; i++) {
            if (isLineBreak(unwrapped.charAt(i))) {
                addTrimmed(text, from, i, out);
                from = i + 1;
            }
        }
        addTrimmed(text, from, end, out);
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> out) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
