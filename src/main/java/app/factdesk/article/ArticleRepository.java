package app.factdesk.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import app.factdesk.shared.scope.ScopedRepository;

interface ArticleRepository extends ScopedRepository<Article, Long> {

    List<Article> findByWorkspaceIdOrderByCreatedAtDescIdDesc(long workspaceId, Pageable page);

    long countByWorkspaceId(long workspaceId);

    Optional<Article> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Article> findFirstByWorkspaceIdAndBodySha256OrderByIdAsc(long workspaceId, String bodySha256);
}
