package app.factdesk.claim;

import app.factdesk.shared.UserFacingException;

/**
 * Someone saved the claim after this user opened it: their change is kept and this one is refused. The view re-reads
 * the claim and shows it beside the user's unsaved text.
 */
public class StaleClaimException extends UserFacingException {

    StaleClaimException(String changedBy) {
        super(changedBy == null ? "claim.conflict-anonymous" : "claim.conflict", changedBy);
    }
}
