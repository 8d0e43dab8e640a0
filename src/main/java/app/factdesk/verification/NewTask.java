package app.factdesk.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A task an editor creates on a claim; {@code assigneeId} may be null (assigned later). */
public record NewTask(long claimId, @NotBlank @Size(max = 200) String title, @Size(max = 5000) String description,
        Long assigneeId, LocalDate dueDate, boolean required) {
}
