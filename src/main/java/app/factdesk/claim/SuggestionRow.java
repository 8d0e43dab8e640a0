package app.factdesk.claim;

import app.factdesk.suggestion.Reason;
import java.util.List;

/** A suggested sentence of an article that nobody has claimed or dismissed yet. */
public record SuggestionRow(int start, int end, String text, double score, List<Reason> reasons) {
}
