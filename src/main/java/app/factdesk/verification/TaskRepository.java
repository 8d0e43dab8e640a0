package app.factdesk.verification;

import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface TaskRepository extends ScopedRepository<VerificationTask, Long> {

    Optional<VerificationTask> findByIdAndWorkspaceId(long id, long workspaceId);

    List<VerificationTask> findByClaimIdAndWorkspaceIdAndRequiredTrueAndStatusIn(long claimId, long workspaceId,
            List<TaskStatus> statuses);
}
