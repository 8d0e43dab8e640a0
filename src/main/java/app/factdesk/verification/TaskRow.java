package app.factdesk.verification;

import java.time.LocalDate;

/** A task as lists show it, with its claim and article for links; {@code overdue} is computed with the clock. */
public record TaskRow(long id, long claimId, long articleId, String claimStatement, String title, String description,
        Long assigneeId, String assigneeName, LocalDate dueDate, boolean required, TaskStatus status,
        String cancelReason, boolean overdue, long version) {
}
