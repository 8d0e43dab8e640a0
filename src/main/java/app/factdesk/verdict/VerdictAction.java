package app.factdesk.verdict;

/** What the signed-in member may do to a verdict now; the service re-checks each. */
public enum VerdictAction {
    APPROVE, RETURN, PUBLISH
}
