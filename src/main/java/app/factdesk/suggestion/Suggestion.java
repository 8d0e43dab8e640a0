package app.factdesk.suggestion;

import java.util.List;

/**
 * A unit of a text proposed as a claim: {@code text.substring(start, end)} of the input (UTF-16 offsets), its
 * check-worthiness score in 0..1, the reasons behind it (strongest first) and whether the text's rule suggests it
 * ({@link SuggestionEngine}). The unit is a sentence, or the reported statement inside a long sentence.
 */
public record Suggestion(int start, int end, String text, double score, List<Reason> reasons, boolean suggested) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    Suggestion(int start, int end, String text, double score, List<Reason> reasons) {
        this(start, end, text, score, reasons, false);
    }

    Suggestion withSpan(int start, int end, String text) {
        return new Suggestion(start, end, text, score, reasons, suggested);
    }

    Suggestion withSuggested(boolean value) {
        return new Suggestion(start, end, text, score, reasons, value);
    }
}
