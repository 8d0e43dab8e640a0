package app.factdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface ClaimRepository extends ScopedRepository<Claim, Long> {

    Optional<Claim> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Claim> findByArticleIdAndWorkspaceIdOrderByAnchorStartAscIdAsc(long articleId, long workspaceId);

    List<Claim> findByWorkspaceIdAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderById(long workspaceId,
            Instant from, Instant until);

    /** The claim, locked until the end of the transaction: workflow moves on one claim happen one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Claim c where c.id = :id and c.workspaceId = :workspaceId")
    Optional<Claim> lockByIdAndWorkspaceId(long id, long workspaceId);
}
