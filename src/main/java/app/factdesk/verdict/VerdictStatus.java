package app.factdesk.verdict;

/**
 * Where one verdict stands, apart from its claim's state: a claim keeps every verdict it ever had. A returned
 * verdict stays {@code RETURNED} (the next proposal is a new verdict); a published one becomes {@code SUPERSEDED}
 * when a correction is published, so a claim has at most one {@code PUBLISHED} verdict.
 */
public enum VerdictStatus {
    PROPOSED, RETURNED, APPROVED, PUBLISHED, SUPERSEDED
}
