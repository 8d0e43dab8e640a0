package app.factdesk.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    Optional<Claim> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Claim> findByArticleIdAndWorkspaceIdOrderByAnchorStartAscIdAsc(long articleId, long workspaceId);
}
