package app.factdesk.api;

import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code PUT /api/v1/claims/{id}}: the team's fields, replaced as a whole, and the {@code version} the caller read;
 * if someone saved the claim since, the edit is refused with 409 and nothing is overwritten.
 */
record EditClaimRequest(
        @NotNull(message = "api.field.required") Long version,
        @NotBlank(message = "api.claim.statement-invalid")
        @Size(max = ClaimFields.MAX_STATEMENT, message = "api.claim.statement-invalid") String statement,
        @Size(max = 200, message = "api.claim.claimant-too-long") String claimant,
        LocalDate claimDate,
        Priority priority,
        @Size(max = 20, message = "api.claim.tags-invalid")
        List<@NotBlank(message = "api.claim.tags-invalid") @Size(max = 40, message = "api.claim.tags-invalid")
                String> tags) {

    ClaimFields toFields() {
        return new ClaimFields(statement, claimant, claimDate, priority, tags);
    }
}
