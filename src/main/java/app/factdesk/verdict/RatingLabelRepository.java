package app.factdesk.verdict;

import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface RatingLabelRepository extends ScopedRepository<RatingLabel, Long> {

    List<RatingLabel> findByWorkspaceIdOrderByPositionAscIdAsc(long workspaceId);

    Optional<RatingLabel> findByIdAndWorkspaceId(long id, long workspaceId);

    List<RatingLabel> findByIdInAndWorkspaceId(java.util.Collection<Long> ids, long workspaceId);

    boolean existsByWorkspaceId(long workspaceId);
}
