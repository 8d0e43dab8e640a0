package app.factdesk.verification;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.MemberEntry;
import app.factdesk.workspace.WorkspaceService;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Verification tasks of the current workspace. Editors create and assign them; the assignee (or an editor) moves
 * them on. The first task on a {@code DRAFT} claim starts its verification.
 */
@Service
@Validated
public class TaskService {

    private final TaskRepository tasks;
    private final TaskReads reads;
    private final ClaimService claims;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TaskService(TaskRepository tasks, TaskReads reads, ClaimService claims, WorkspaceService workspaces,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.reads = reads;
        this.claims = claims;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates a task on a claim of the current workspace. The assignee, when given, must be a member with role
     * fact-checker or above; they are notified. A {@code DRAFT} claim moves to {@code IN_VERIFICATION}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public TaskRow create(@Valid NewTask command) {
        ClaimDetails claim = claims.find(command.claimId())
                .orElseThrow(() -> new UserFacingException("claim.not-found"));
        if (claim.state() == ClaimState.REJECTED) {
            throw new UserFacingException("task.claim-rejected");
        }
        requireAssignable(command.assigneeId());
        VerificationTask task = tasks.saveAndFlush(new VerificationTask(currentUser.workspaceId(), claim.id(),
                command.title(), command.description(), command.assigneeId(), command.dueDate(), command.required(),
                actorId(), clock.instant()));
        if (claim.state() == ClaimState.DRAFT) {
            claims.startVerification(claim.id(), claim.version());
        }
        announce(task, claim);
        events.publishEvent(new TaskChanged(currentUser.workspaceId(), "task.created", task.getId(), null,
                task.auditFields()));
        return row(task);
    }

    /** Creates the same task on each of several claims (the claims grid's bulk assign); returns the new tasks. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public List<TaskRow> bulkAssign(@Valid BulkAssign command) {
        return command.claimIds().stream().distinct().map(claimId -> create(new NewTask(claimId, command.title(),
                null, command.assigneeId(), command.dueDate(), command.required()))).toList();
    }

    /**
     * Moves a task to {@code next} if nobody changed it since {@code expectedVersion}. Only the assignee or an editor
     * may; cancelling needs a reason.
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public TaskRow changeStatus(long taskId, long expectedVersion, TaskStatus next, String reason) {
        VerificationTask task = current(taskId, expectedVersion);
        Map<String, Object> before = task.auditStatus();
        task.changeStatus(next, reason, currentUser.workspace().role(), me().userId(), clock.instant());
        tasks.saveAndFlush(task);
        events.publishEvent(new TaskChanged(currentUser.workspaceId(), statusAction(next), task.getId(), before,
                task.auditStatus()));
        return row(task);
    }

    /** Gives an open task to another member (fact-checker or above), who is notified; null unassigns it. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public TaskRow assign(long taskId, long expectedVersion, Long assigneeId) {
        VerificationTask task = current(taskId, expectedVersion);
        requireAssignable(assigneeId);
        Long previous = task.getAssigneeId();
        task.assign(assigneeId, clock.instant());
        tasks.saveAndFlush(task);
        claims.find(task.getClaimId()).ifPresent(claim -> announce(task, claim));
        events.publishEvent(new TaskChanged(currentUser.workspaceId(), "task.assigned", task.getId(),
                Auditable.fields("assigneeId", previous), Auditable.fields("assigneeId", assigneeId)));
        return row(task);
    }

    /** The tasks of one claim, oldest first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TaskRow> ofClaim(long claimId) {
        return reads.ofClaim(currentUser.workspaceId(), claimId, today());
    }

    /** The tasks of several claims, each claim's oldest first, in one query. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<TaskRow>> ofClaims(java.util.Collection<Long> claimIds) {
        return claimIds.isEmpty() ? java.util.Map.of() : reads.ofClaims(currentUser.workspaceId(), claimIds, today())
                .stream().collect(java.util.stream.Collectors.groupingBy(TaskRow::claimId,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** The ids of every task of the claims {@code claimIds} of the current workspace. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> idsOfClaims(java.util.Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of() : reads.idsOfClaims(currentUser.workspaceId(), claimIds);
    }

    /** The signed-in member's open tasks across articles, soonest due first (no due date last), overdue flagged. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TaskRow> myOpenTasks() {
        return reads.openOf(currentUser.workspaceId(), me().userId(), today());
    }

    /** Open and overdue tasks per member of the workspace, busiest first (for editors sharing out work). */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<Workload> workload() {
        return reads.workload(currentUser.workspaceId(), today());
    }

    /** Members a task may be assigned to: fact-checkers and above. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<MemberEntry> assignableMembers() {
        return workspaces.memberDirectory().stream().filter(m -> m.role().includes(Role.FACT_CHECKER)).toList();
    }

    private static String statusAction(TaskStatus next) {
        return switch (next) {
            case IN_PROGRESS -> "task.started";
            case DONE -> "task.done";
            case CANCELLED -> "task.cancelled";
            case OPEN -> "task.status_changed";
        };
    }

    private void requireAssignable(Long assigneeId) {
        if (assigneeId != null && assignableMembers().stream().noneMatch(m -> m.userId() == assigneeId)) {
            throw new UserFacingException("task.assignee-invalid");
        }
    }

    private void announce(VerificationTask task, ClaimDetails claim) {
        FactDeskUser me = me();
        if (task.getAssigneeId() != null && task.getAssigneeId() != me.userId()) {
            events.publishEvent(new TaskAssigned(currentUser.workspaceId(), task.getId(), claim.id(),
                    claim.articleId(), task.getTitle(), task.getAssigneeId(), actorId(), me.displayName()));
        }
    }

    private VerificationTask current(long taskId, long expectedVersion) {
        VerificationTask task = tasks.findByIdAndWorkspaceId(taskId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("task.not-found"));
        if (task.getVersion() != expectedVersion) {
            throw new UserFacingException("task.stale");
        }
        return task;
    }

    private TaskRow row(VerificationTask task) {
        return reads.ofClaim(currentUser.workspaceId(), task.getClaimId(), today()).stream()
                .filter(r -> r.id() == task.getId()).findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Long actorId() {
        return me().isSystem() ? null : me().userId();
    }

    private FactDeskUser me() {
        return currentUser.require();
    }
}
