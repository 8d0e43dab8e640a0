package app.factdesk.audit;

import java.util.Map;

/**
 * How an audit action reads. Events recorded before the action names were fixed keep their bytes (the chain must
 * still verify), so their old names ({@code claim.propose_verdicted}) are shown under the correct past-tense names
 * ({@code claim.verdict_proposed}) in the audit grid, the claim history, the PDF and the CSV; the JSON export keeps
 * what was stored, with which the hashes are recomputed.
 */
public final class AuditActions {

    private static final Map<String, String> LEGACY = Map.of(
            "claim.start_verificationed", "claim.verification_started",
            "claim.propose_verdicted", "claim.verdict_proposed",
            "claim.return_verdicted", "claim.verdict_returned",
            "claim.approve_verdicted", "claim.verdict_approved",
            "claim.published", "claim.published",
            "claim.corrected", "claim.corrected");

    private AuditActions() {
    }

    /** The name to show for a stored action. */
    public static String label(String stored) {
        return stored == null ? null : LEGACY.getOrDefault(stored, stored);
    }
}
