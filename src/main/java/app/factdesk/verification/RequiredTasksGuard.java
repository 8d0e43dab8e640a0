package app.factdesk.verification;

import app.factdesk.claim.ProposalGuard;
import app.factdesk.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** A verdict may not be proposed while a required task of the claim is open or in progress. */
@Component
class RequiredTasksGuard implements ProposalGuard {

    private final TaskRepository tasks;
    private final CurrentUser currentUser;

    RequiredTasksGuard(TaskRepository tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @Override
    public List<String> blockers(long claimId) {
        return tasks.findByClaimIdAndWorkspaceIdAndRequiredTrueAndStatusIn(claimId, currentUser.workspaceId(),
                List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)).stream().map(VerificationTask::getTitle).toList();
    }
}
