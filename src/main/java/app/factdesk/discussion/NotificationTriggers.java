package app.factdesk.discussion;

import app.factdesk.claim.ClaimAction;
import app.factdesk.claim.ClaimStateChanged;
import app.factdesk.security.Role;
import app.factdesk.verification.TaskAssigned;
import app.factdesk.workspace.WorkspaceService;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns task and workflow events into notifications, in the transaction of the change. */
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
    void on(ClaimStateChanged changed) {
        if (changed.transition() == ClaimAction.PROPOSE_VERDICT) {
            workspaces.memberDirectory().stream()
                    .filter(m -> m.role().includes(Role.EDITOR) && !Objects.equals(m.userId(), changed.actorId()))
                    .forEach(m -> notify(changed, m.userId(), NotificationType.SIGN_OFF_AWAITED));
        } else if (changed.concernedUserId() != null && !changed.concernedUserId().equals(changed.actorId())) {
            if (changed.transition() == ClaimAction.APPROVE_VERDICT) {
                notify(changed, changed.concernedUserId(), NotificationType.VERDICT_APPROVED);
            } else if (changed.transition() == ClaimAction.RETURN_VERDICT) {
                notify(changed, changed.concernedUserId(), NotificationType.VERDICT_RETURNED);
            }
        }
    }

    private void notify(ClaimStateChanged changed, long userId, NotificationType type) {
        notifier.send(changed.workspaceId(), userId, type,
                List.of(changed.statement(), changed.reason() == null ? "" : changed.reason()), changed.claimId(),
                changed.articleId());
    }
}
