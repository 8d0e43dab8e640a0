package app.factdesk.claim;

/** Filters of the workspace claims grid; null or blank means "any". */
public record ClaimFilter(ClaimState state, String tag, String claimant, String text) {

    public static final ClaimFilter ANY = new ClaimFilter(null, null, null, null);
}
