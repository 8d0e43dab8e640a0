package app.factdesk.claim;

/** What someone may do to a claim's state; the workflow issue adds verification and sign-off actions. */
public enum ClaimAction {
    REJECT, RESTORE
}
