package app.factdesk.claim;

import app.factdesk.shared.Auditable;

/** An audited event about one claim: the audit log files it under object type {@code claim} and the claim's id. */
interface ClaimEvent extends Auditable {

    long claimId();

    @Override
    default String objectType() {
        return "claim";
    }

    @Override
    default String objectId() {
        return Long.toString(claimId());
    }
}
