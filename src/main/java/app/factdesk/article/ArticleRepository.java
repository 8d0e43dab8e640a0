package app.factdesk.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import app.factdesk.shared.scope.ScopedRepository;

interface ArticleRepository extends ScopedRepository<Article, Long> {

    /** List rows without the bodies (up to 200,000 characters each) that lists never show (ADR 023). */
    @org.springframework.data.jpa.repository.Query("select new app.factdesk.article.ArticleRow(a.id, a.title, "
            + "a.language, a.direction, a.outlet, a.publishedOn, a.createdAt) from Article a "
            + "where a.workspaceId = :workspaceId order by a.createdAt desc, a.id desc")
    List<ArticleRow> rowsByWorkspaceId(long workspaceId, Pageable page);

    long countByWorkspaceId(long workspaceId);

    /** Title rows whose title contains {@code fragment} (lower case, LIKE-escaped), newest first. */
    @org.springframework.data.jpa.repository.Query("select new app.factdesk.article.ArticleRow(a.id, a.title, "
            + "a.language, a.direction, a.outlet, a.publishedOn, a.createdAt) from Article a "
            + "where a.workspaceId = :workspaceId and lower(a.title) like :fragment escape '\\' "
            + "order by a.createdAt desc, a.id desc")
    List<ArticleRow> rowsByWorkspaceIdAndTitle(long workspaceId, String fragment, Pageable page);

    Optional<Article> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Article> findFirstByWorkspaceIdAndBodySha256OrderByIdAsc(long workspaceId, String bodySha256);
}
