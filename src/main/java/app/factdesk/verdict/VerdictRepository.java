package app.factdesk.verdict;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends ScopedRepository<Verdict, Long> {

    List<Verdict> findByClaimIdAndWorkspaceIdOrderByProposedAtDescIdDesc(long claimId, long workspaceId);

    List<Verdict> findByClaimIdInAndWorkspaceIdOrderByProposedAtDescIdDesc(Collection<Long> claimIds, long workspaceId);

    List<Verdict> findByWorkspaceIdAndStatusOrderByProposedAtAscIdAsc(long workspaceId, VerdictStatus status);

    List<Verdict> findByClaimIdAndStatusIn(long claimId, Collection<VerdictStatus> statuses);

    Optional<Verdict> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByRatingLabelId(long ratingLabelId);

    @Query("select v.id from Verdict v where v.claimId in :claimIds and v.workspaceId = :workspaceId")
    List<Long> idsOfClaims(Collection<Long> claimIds, long workspaceId);

    @Query("select distinct v.claimId from Verdict v where v.id in :ids and v.workspaceId = :workspaceId")
    List<Long> claimIdsOf(Collection<Long> ids, long workspaceId);

    /** The verdict, locked (SELECT ... FOR UPDATE) until the end of the transaction: sign-offs happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Verdict v where v.id = :id and v.workspaceId = :workspaceId")
    Optional<Verdict> lock(long id, long workspaceId);
}
