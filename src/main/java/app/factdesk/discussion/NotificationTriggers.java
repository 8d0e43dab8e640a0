package app.factdesk.discussion;

import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictApproved;
import app.factdesk.verdict.VerdictEvent;
import app.factdesk.verdict.VerdictProposed;
import app.factdesk.verdict.VerdictPublished;
import app.factdesk.verdict.VerdictReturned;
import app.factdesk.verification.TaskAssigned;
import app.factdesk.workspace.WorkspaceService;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns task and sign-off events into notifications, in the transaction of the change. A correction notifies exactly
 * as a first verdict does: editors when it is proposed, the proposer when it is approved, returned or
 * published.
 */
@Component
class NotificationTriggers {

    private final Notifier notifier;
    private final WorkspaceService workspaces;

    NotificationTriggers(Notifier notifier, WorkspaceService workspaces) {
        this.notifier = notifier;
        this.workspaces = workspaces;
    }

    @EventListener
    void on(TaskAssigned assigned) {
        notifier.send(assigned.workspaceId(), assigned.assigneeId(), NotificationType.TASK_ASSIGNED,
                List.of(assigned.actorName(), assigned.title()), assigned.claimId(), assigned.articleId());
    }

    @EventListener
    void on(VerdictProposed proposed) {
        workspaces.memberDirectory().stream()
                .filter(m -> m.role().includes(Role.EDITOR) && !Objects.equals(m.userId(), proposed.actorId()))
                .forEach(m -> notify(proposed, m.userId(), NotificationType.SIGN_OFF_AWAITED, ""));
    }

    @EventListener
    void on(VerdictApproved approved) {
        if (approved.decided()) {
            notifyProposer(approved, NotificationType.VERDICT_APPROVED, "");
        }
    }

    @EventListener
    void on(VerdictPublished published) {
        notifyProposer(published, NotificationType.VERDICT_PUBLISHED, "");
    }

    @EventListener
    void on(VerdictReturned returned) {
        notifyProposer(returned, NotificationType.VERDICT_RETURNED, returned.reason());
    }

    @EventListener
    void on(app.factdesk.webhook.WebhookDisabled disabled) {
        workspaces.memberDirectory().stream().filter(m -> m.role() == Role.ADMIN)
                .forEach(m -> notifier.send(disabled.workspaceId(), m.userId(), NotificationType.WEBHOOK_DISABLED,
                        List.of(disabled.url(), Integer.toString(disabled.failedInARow())), null, null));
    }

    private void notifyProposer(VerdictEvent event, NotificationType type, String reason) {
        if (!Objects.equals(event.proposerId(), event.actorId())) {
            notify(event, event.proposerId(), type, reason);
        }
    }

    private void notify(VerdictEvent event, long userId, NotificationType type, String reason) {
        notifier.send(event.workspaceId(), userId, type, List.of(event.subject().statement(), reason),
                event.subject().claimId(), event.subject().articleId());
    }
}
