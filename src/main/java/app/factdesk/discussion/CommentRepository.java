package app.factdesk.discussion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByClaimIdAndWorkspaceIdOrderByCreatedAtAscIdAsc(long claimId, long workspaceId);

    Optional<Comment> findByIdAndWorkspaceId(long id, long workspaceId);
}
