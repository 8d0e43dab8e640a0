package app.factdesk.verdict;

/** An editor's decision on a proposed verdict. */
public enum SignOffDecision {
    APPROVE, RETURN
}
