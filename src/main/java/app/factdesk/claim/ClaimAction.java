package app.factdesk.claim;

/** What someone may do to a claim's state; {@link ClaimTransitions} says from where, to where and who. */
public enum ClaimAction {
    START_VERIFICATION, REJECT, RESTORE, PROPOSE_VERDICT, RETURN_VERDICT, APPROVE_VERDICT, PUBLISH, CORRECT
}
