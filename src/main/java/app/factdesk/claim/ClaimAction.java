package app.factdesk.claim;

/**
 * What someone may do to a claim's state; {@link ClaimTransitions} says from where, to where and who. Each action
 * names the past-tense audit action it records.
 */
public enum ClaimAction {
    START_VERIFICATION("claim.verification_started"),
    REJECT("claim.rejected"),
    RESTORE("claim.restored"),
    PROPOSE_VERDICT("claim.verdict_proposed"),
    RETURN_VERDICT("claim.verdict_returned"),
    APPROVE_VERDICT("claim.verdict_approved"),
    PUBLISH("claim.published"),
    CORRECT("claim.corrected");

    private final String auditAction;

    ClaimAction(String auditAction) {
        this.auditAction = auditAction;
    }

    /** The audit log's name for this move. */
    public String auditAction() {
        return auditAction;
    }
}
