package app.factdesk.discussion;

import app.factdesk.security.CurrentUser;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's notifications in the current workspace. Overdue tasks are noticed when the bell asks
 * (there is no scheduler): each becomes one notification the first time it is seen overdue.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    NotificationService(NotificationRepository notifications, Notifier notifier, TaskService tasks,
            CurrentUser currentUser, Clock clock, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.notifier = notifier;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many notifications the member has not read yet (overdue tasks included). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public long unreadCount() {
        recordOverdueTasks();
        return notifications.countByUserIdAndWorkspaceIdAndReadAtIsNull(me(), currentUser.workspaceId());
    }

    /** The latest notifications, newest first, read or not. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public List<NotificationRow> latest(int limit) {
        recordOverdueTasks();
        return notifications.findByUserIdAndWorkspaceIdOrderByCreatedAtDescIdDesc(me(), currentUser.workspaceId(),
                PageRequest.of(0, Math.min(Math.max(limit, 1), 200))).stream().map(Notification::toRow).toList();
    }

    /**
     * Which of these notifications no longer call for action: a verdict awaiting sign-off whose claim has moved on
     * (approved, returned, published) since. The bell marks them instead of leaving "awaits your sign-off".
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Set<Long> noLongerApplies(List<NotificationRow> rows) {
        List<Long> claims = rows.stream().filter(n -> n.type() == NotificationType.SIGN_OFF_AWAITED)
                .map(NotificationRow::claimId).filter(java.util.Objects::nonNull).distinct().toList();
        if (claims.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> awaiting = new java.util.HashSet<>(jdbc.queryForList(
                "select id from claim where workspace_id = :workspace and id in (:claims) and state = 'VERDICT_PROPOSED'",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("workspace",
                        currentUser.workspaceId()).addValue("claims", claims), Long.class));
        return rows.stream().filter(n -> n.type() == NotificationType.SIGN_OFF_AWAITED && n.claimId() != null
                && !awaiting.contains(n.claimId())).map(NotificationRow::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Marks one of the member's own notifications read; someone else's is not found. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void markRead(long notificationId) {
        notifications.findByIdAndUserIdAndWorkspaceId(notificationId, me(), currentUser.workspaceId())
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    /** Marks all of the member's notifications in this workspace read. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void markAllRead() {
        recordOverdueTasks();
        notifications.markAllRead(me(), currentUser.workspaceId(), clock.instant());
    }

    private void recordOverdueTasks() {
        for (TaskRow task : tasks.myOpenTasks()) {
            if (task.overdue()) {
                notifier.overdueOnce(currentUser.workspaceId(), me(), task.id(), task.claimId(), task.articleId(),
                        List.of(task.title(), String.valueOf(task.dueDate())));
            }
        }
    }

    private long me() {
        return currentUser.require().userId();
    }
}
