package app.factdesk.verdict;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;

interface SourceRepository extends ScopedRepository<Source, Long> {

    List<Source> findByClaimIdAndWorkspaceIdOrderByAddedAtAscIdAsc(long claimId, long workspaceId);

    List<Source> findByIdInAndWorkspaceId(Collection<Long> ids, long workspaceId);

    List<Source> findByClaimIdInAndWorkspaceIdOrderByAddedAtAscIdAsc(Collection<Long> claimIds, long workspaceId);

    @org.springframework.data.jpa.repository.Query(
            "select s.id from Source s where s.claimId in :claimIds and s.workspaceId = :workspaceId")
    List<Long> idsOfClaims(Collection<Long> claimIds, long workspaceId);

    Optional<Source> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByClaimIdAndUrl(long claimId, String url);
}
