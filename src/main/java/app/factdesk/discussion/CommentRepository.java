package app.factdesk.discussion;

import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface CommentRepository extends ScopedRepository<Comment, Long> {

    List<Comment> findByClaimIdAndWorkspaceIdOrderByCreatedAtAscIdAsc(long claimId, long workspaceId);

    Optional<Comment> findByIdAndWorkspaceId(long id, long workspaceId);
}
