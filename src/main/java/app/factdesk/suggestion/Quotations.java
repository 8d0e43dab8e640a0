package app.factdesk.suggestion;

import java.util.Optional;

/** Direct speech: the first passage between quotation marks (straight, curly or guillemets). */
final class Quotations {

    // either direction counts: right-to-left texts are sometimes typed with the guillemets swapped
    private static final String MARKS = "\"«»“”„‹›";

    private Quotations() {
    }

    /** The first quoted passage, or the rest of the sentence when the closing mark is missing. */
    static Optional<String> first(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (MARKS.indexOf(sentence.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < sentence.length() && MARKS.indexOf(sentence.charAt(end)) < 0) {
                    end++;
                }
                String quoted = sentence.substring(i + 1, end).strip();
                return quoted.isEmpty() ? Optional.empty() : Optional.of(quoted);
            }
        }
        return Optional.empty();
    }
}
