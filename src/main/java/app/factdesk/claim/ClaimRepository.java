package app.factdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface ClaimRepository extends ScopedRepository<Claim, Long> {

    /**
     * The API's hottest read: written as JPQL, whose compiled plan Hibernate keeps, where a derived finder would
     * build and compile a criteria query at every call (ADR 023).
     */
    @org.springframework.data.jpa.repository.Query("select c from Claim c where c.id = :id and c.workspaceId = :workspaceId")
    Optional<Claim> findByIdAndWorkspaceId(long id, long workspaceId);

    @org.springframework.data.jpa.repository.Query("select c from Claim c where c.id in :ids and c.workspaceId = :workspaceId")
    List<Claim> findByIdInAndWorkspaceId(java.util.Collection<Long> ids, long workspaceId);

    List<Claim> findByArticleIdAndWorkspaceIdOrderByAnchorStartAscIdAsc(long articleId, long workspaceId);

    @org.springframework.data.jpa.repository.Query("select c.id from Claim c where c.articleId = :articleId "
            + "and c.workspaceId = :workspaceId order by c.anchorStart, c.id")
    List<Long> idsByArticle(long articleId, long workspaceId);

    @org.springframework.data.jpa.repository.Query("select c.id from Claim c where c.workspaceId = :workspaceId "
            + "and c.createdAt >= :from and c.createdAt < :until order by c.id")
    List<Long> idsCreatedBetween(long workspaceId, Instant from, Instant until);

    /** The claim, locked until the end of the transaction: workflow moves on one claim happen one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Claim c where c.id = :id and c.workspaceId = :workspaceId")
    Optional<Claim> lockByIdAndWorkspaceId(long id, long workspaceId);
}
