package app.factdesk.verdict;

/** How a source bears on the claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT
}
