package app.factdesk.verification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<VerificationTask, Long> {

    Optional<VerificationTask> findByIdAndWorkspaceId(long id, long workspaceId);

    List<VerificationTask> findByClaimIdAndWorkspaceIdAndRequiredTrueAndStatusIn(long claimId, long workspaceId,
            List<TaskStatus> statuses);
}
