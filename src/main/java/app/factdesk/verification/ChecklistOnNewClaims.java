package app.factdesk.verification;

import app.factdesk.claim.ClaimCreated;
import java.time.Clock;
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

    ChecklistOnNewClaims(ChecklistRepository checklist, TaskRepository tasks, Clock clock) {
        this.checklist = checklist;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimCreated created) {
        checklist.findByWorkspaceIdOrderByPositionAscIdAsc(created.workspaceId()).forEach(item ->
                tasks.save(new VerificationTask(created.workspaceId(), created.claimId(), item.getTitle(), null, null,
                        null, item.isRequired(), created.creatorId(), clock.instant())));
    }
}
