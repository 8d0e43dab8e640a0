package app.factdesk.suggestion;

/** A sentence of a text: {@code text} equals {@code input.substring(start, end)}, UTF-16 offsets. */
public record Sentence(int start, int end, String text) {
}
