package app.factdesk.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A W3C Web Annotation selector of a claim's span in its article body. */
@Schema(oneOf = {Selector.TextPosition.class, Selector.TextQuote.class})
sealed interface Selector {

    /** {@code start} and {@code end} in UTF-16 code units of the stored body. */
    @Schema(name = "TextPositionSelector")
    record TextPosition(String type, int start, int end) implements Selector {

        TextPosition(int start, int end) {
            this("TextPositionSelector", start, end);
        }
    }

    /** The exact quote with up to 32 characters of context on each side. */
    @Schema(name = "TextQuoteSelector")
    record TextQuote(String type, String exact, String prefix, String suffix) implements Selector {

        TextQuote(String exact, String prefix, String suffix) {
            this("TextQuoteSelector", exact, prefix, suffix);
        }
    }
}
