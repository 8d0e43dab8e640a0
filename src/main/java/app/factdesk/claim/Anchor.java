package app.factdesk.claim;

import app.factdesk.shared.UserFacingException;

/**
 * Where a claim points into an article body, as W3C Web Annotation selectors: a {@code TextPositionSelector}
 * ({@code start}, {@code end} in UTF-16 code units) and a {@code TextQuoteSelector} ({@code exact} with up to 32
 * characters of {@code prefix} and {@code suffix}).
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    /**
     * Checks a selection against the stored body and builds the anchor. Refuses offsets outside the body, an empty
     * span, a span that splits a surrogate pair, and a quote that is not exactly the body's text there (a stale
     * page or a forged request).
     */
    public static Anchor verify(String body, int start, int end, String exact) {
        if (start < 0 || end > body.length() || start >= end) {
            throw new UserFacingException("claim.anchor-invalid");
        }
        if (Character.isLowSurrogate(body.charAt(start)) || (end < body.length()
                && Character.isLowSurrogate(body.charAt(end)))) {
            throw new UserFacingException("claim.anchor-invalid");
        }
        String actual = body.substring(start, end);
        if (exact == null || !actual.equals(exact)) {
            throw new UserFacingException("claim.anchor-stale");
        }
        if (actual.isBlank()) {
            throw new UserFacingException("claim.anchor-invalid");
        }
        return new Anchor(start, end, actual, body.substring(Math.max(0, start - CONTEXT), start),
                body.substring(end, Math.min(body.length(), end + CONTEXT)));
    }
}
