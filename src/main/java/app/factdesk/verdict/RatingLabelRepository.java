package app.factdesk.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingLabelRepository extends JpaRepository<RatingLabel, Long> {

    List<RatingLabel> findByWorkspaceIdOrderByPositionAscIdAsc(long workspaceId);

    Optional<RatingLabel> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByWorkspaceId(long workspaceId);
}
