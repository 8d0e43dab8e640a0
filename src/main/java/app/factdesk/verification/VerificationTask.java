package app.factdesk.verification;

import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

@Entity
@Table(name = "verification_task")
class VerificationTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long claimId;
    private String title;
    private String description;
    private Long assigneeId;
    private LocalDate dueDate;
    private boolean required;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private String cancelReason;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected VerificationTask() {
    }

    VerificationTask(long workspaceId, long claimId, String title, String description, Long assigneeId,
            LocalDate dueDate, boolean required, Long createdBy, Instant now) {
        this.workspaceId = workspaceId;
        this.claimId = claimId;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.assigneeId = assigneeId;
        this.dueDate = dueDate;
        this.required = required;
        this.status = TaskStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves the task on. Only its assignee or an editor may; a cancellation needs a reason, and a required task may
     * be cancelled by an editor only (otherwise an assignee could lift the block on proposing a verdict).
     */
    void changeStatus(TaskStatus next, String reason, Role role, long actorId, Instant now) {
        boolean editor = role.includes(Role.EDITOR);
        if (!editor && !Objects.equals(assigneeId, actorId)) {
            throw new AccessDeniedException("Only the assignee or an editor moves a task");
        }
        if (!status.canMoveTo(next)) {
            throw new UserFacingException("task.transition-not-allowed");
        }
        if (next == TaskStatus.CANCELLED) {
            if (reason == null || reason.isBlank()) {
                throw new UserFacingException("task.cancel-reason-required");
            }
            if (required && !editor) {
                throw new UserFacingException("task.required-cancel-editor");
            }
            this.cancelReason = reason.strip();
        }
        this.status = next;
        this.updatedAt = now;
    }

    void assign(Long newAssigneeId, Instant now) {
        if (!status.isOpen()) {
            throw new UserFacingException("task.transition-not-allowed");
        }
        this.assigneeId = newAssigneeId;
        this.updatedAt = now;
    }

    /** The fields the audit log records on creation, as JSON-friendly values. */
    Map<String, Object> auditFields() {
        return Auditable.fields("claimId", claimId, "title", title, "description", description,
                "assigneeId", assigneeId, "dueDate", dueDate == null ? null : dueDate.toString(),
                "required", required, "status", status.name());
    }

    /** The status, and the reason when cancelled. */
    Map<String, Object> auditStatus() {
        return status == TaskStatus.CANCELLED ? Auditable.fields("status", status.name(), "cancelReason", cancelReason)
                : Auditable.fields("status", status.name());
    }

    Long getId() {
        return id;
    }

    Long getClaimId() {
        return claimId;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    String getTitle() {
        return title;
    }

    TaskStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof VerificationTask other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
