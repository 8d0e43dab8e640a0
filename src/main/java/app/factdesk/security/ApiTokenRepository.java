package app.factdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

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
