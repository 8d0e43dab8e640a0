package app.factdesk.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** One task (same title, assignee, due date) to create on each of several claims, e.g. from the claims grid. */
public record BulkAssign(@NotEmpty @Size(max = 200) List<Long> claimIds, @NotBlank @Size(max = 200) String title,
        @NotNull Long assigneeId, LocalDate dueDate, boolean required) {
}
