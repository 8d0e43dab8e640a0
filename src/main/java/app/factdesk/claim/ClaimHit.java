package app.factdesk.claim;

/** A claim matching a search, with its article and a snippet whose matches are marked. */
public record ClaimHit(long id, long articleId, String snippet) {
}
