package app.factdesk.claim;

/** Where a claim stands in the workflow of PRODUCT.md. */
public enum ClaimState {
    DRAFT, IN_VERIFICATION, VERDICT_PROPOSED, APPROVED, PUBLISHED, CORRECTED, REJECTED
}
