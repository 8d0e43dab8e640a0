package app.factdesk.verdict;

import app.factdesk.shared.UserFacingException;
import java.util.Set;

/**
 * The four-eyes rule and the approval count: the proposer never approves their own verdict, an editor signs a
 * verdict once, and the verdict is approved when {@code required} distinct editors have approved it.
 */
record ApprovalRule(int required) {

    ApprovalRule {
        if (required < 1) {
            throw new IllegalArgumentException("At least one approval is required");
        }
    }

    /** Refuses an approval by the proposer, or by an editor who has already signed this verdict. */
    void check(long proposerId, long editorId, Set<Long> alreadySigned) {
        if (proposerId == editorId) {
            throw new UserFacingException("verdict.own-verdict");
        }
        if (alreadySigned.contains(editorId)) {
            throw new UserFacingException("verdict.already-signed");
        }
    }

    boolean reached(long approvals) {
        return approvals >= required;
    }
}
