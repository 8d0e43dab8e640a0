package app.factdesk.api;

import app.factdesk.suggestion.Reason;
import app.factdesk.suggestion.Suggestion;
import java.util.List;

/**
 * Every sentence of the text in text order with its check-worthiness score (0..1) and reasons; a sentence is
 * {@code suggested} when its score reaches the language's {@code threshold} and it ranks in the text's top half. Offsets are UTF-16 code units of the
 * text as sent, so {@code text == input.substring(start, end)}.
 */
record SuggestionsJson(String language, double threshold, List<Sentence> sentences) {

    record Sentence(int start, int end, String text, double score, boolean suggested, List<Reason> reasons) {

        static Sentence of(Suggestion s, double threshold) {
            return new Sentence(s.start(), s.end(), s.text(), s.score(), s.suggested(), s.reasons());
        }
    }
}
