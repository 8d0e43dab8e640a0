package app.factdesk.verification;

import app.factdesk.claim.ClaimCreated;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the workspace checklist onto each new claim, in the claim's own transaction. The copies are unassigned and
 * leave the claim in {@code DRAFT}: only work an editor hands out starts verification (a claim may still be rejected).
 */
@Component
class ChecklistOnNewClaims {

    private final ChecklistRepository checklist;
    private final TaskRepository tasks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChecklistOnNewClaims(ChecklistRepository checklist, TaskRepository tasks, Clock clock,
            ApplicationEventPublisher events) {
        this.checklist = checklist;
        this.tasks = tasks;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(ClaimCreated created) {
        checklist.findByWorkspaceIdOrderByPositionAscIdAsc(created.workspaceId()).forEach(item -> {
            VerificationTask task = tasks.saveAndFlush(new VerificationTask(created.workspaceId(), created.claimId(),
                    item.getTitle(), null, null, null, item.isRequired(), created.creatorId(), clock.instant()));
            events.publishEvent(new TaskChanged(created.workspaceId(), "task.created", task.getId(), null,
                    task.auditFields()));
        });
    }
}
