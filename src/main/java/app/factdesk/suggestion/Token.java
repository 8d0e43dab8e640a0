package app.factdesk.suggestion;

import java.util.ArrayList;
import java.util.List;

/** A word of a sentence: its offsets in the sentence and its folded form (see {@link TextFolding}). */
record Token(int start, int end, String folded) {

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !TextFolding.isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && TextFolding.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(start, i, TextFolding.fold(text.subSequence(start, i))));
            }
        }
        return tokens;
    }

    boolean hasDigit() {
        return folded.indexOf('0') >= 0;
    }
}
