package app.factdesk.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByWorkspaceIdOrderByCreatedAtDescIdDesc(long workspaceId, Pageable page);

    long countByWorkspaceId(long workspaceId);

    Optional<Article> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Article> findFirstByWorkspaceIdAndBodySha256OrderByIdAsc(long workspaceId, String bodySha256);
}
