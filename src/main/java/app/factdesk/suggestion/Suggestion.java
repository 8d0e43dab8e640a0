package app.factdesk.suggestion;

import java.util.List;

/**
 * A sentence of a text proposed as a claim: {@code text.substring(start, end)} of the input (UTF-16 offsets), its
 * check-worthiness score in 0..1 and the reasons behind it, strongest first.
 */
public record Suggestion(int start, int end, String text, double score, List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
