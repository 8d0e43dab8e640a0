package app.factdesk.claim;

import java.util.Set;

/**
 * Filters of the workspace claims grid; null or blank means "any". {@code states} (any of them) applies on top of
 * {@code state}; {@code articleId} keeps one article's claims.
 */
public record ClaimFilter(ClaimState state, String tag, String claimant, String text, Set<ClaimState> states,
        Long articleId) {

    public static final ClaimFilter ANY = new ClaimFilter(null, null, null, null);

    public ClaimFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public ClaimFilter(ClaimState state, String tag, String claimant, String text) {
        this(state, tag, claimant, text, Set.of(), null);
    }
}
