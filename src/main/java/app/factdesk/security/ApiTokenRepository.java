package app.factdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends ScopedRepository<ApiToken, Long> {

    Optional<ApiToken> findByIdAndWorkspaceIdAndUserId(long id, long workspaceId, long userId);


    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdAndWorkspaceIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(long userId,
            long workspaceId);

    long countByUserIdAndWorkspaceIdAndRevokedAtIsNull(long userId, long workspaceId);

    /** Records a use without touching the version, so parallel requests with one token never conflict. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int markUsed(long id, Instant now, Instant since);
}
