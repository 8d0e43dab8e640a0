package app.factdesk.api;

import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/articles/{id}/claims}: the span ({@code start}, {@code end} in UTF-16 code units) and the exact
 * text the caller saw there, which must equal the stored body's; then the team's fields.
 */
record CreateClaimRequest(
        @NotNull(message = "api.field.required") @PositiveOrZero(message = "api.claim.offset-invalid") Integer start,
        @NotNull(message = "api.field.required") @PositiveOrZero(message = "api.claim.offset-invalid") Integer end,
        @NotNull(message = "api.field.required") String exact,
        @NotBlank(message = "api.claim.statement-invalid") @Size(max = ClaimFields.MAX_STATEMENT, message = "api.claim.statement-invalid")
        String statement,
        @Size(max = 200, message = "api.claim.claimant-too-long") String claimant,
        LocalDate claimDate,
        Priority priority,
        @Size(max = 20, message = "api.claim.tags-invalid")
        List<@NotBlank(message = "api.claim.tags-invalid") @Size(max = 40, message = "api.claim.tags-invalid")
                String> tags) {

    CreateClaim toCommand(long articleId) {
        return new CreateClaim(articleId, start, end, exact,
                new ClaimFields(statement, claimant, claimDate, priority, tags), null);
    }
}
