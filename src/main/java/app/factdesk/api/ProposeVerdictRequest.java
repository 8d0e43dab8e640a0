package app.factdesk.api;

import app.factdesk.verdict.ProposeVerdict;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * {@code POST /api/v1/claims/{id}/verdicts}: a label of the workspace's rating scale, the rationale in plain text and
 * the ids of the claim's sources it relies on (at least one; the service names what is missing).
 */
record ProposeVerdictRequest(@NotNull(message = "api.field.required") Long ratingId, String rationale,
        List<Long> sourceIds) {

    ProposeVerdict toCommand(long claimId) {
        return new ProposeVerdict(claimId, ratingId, rationale, sourceIds);
    }
}
