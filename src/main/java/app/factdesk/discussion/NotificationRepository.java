package app.factdesk.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import app.factdesk.shared.scope.ScopedRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends ScopedRepository<Notification, Long> {

    List<Notification> findByUserIdAndWorkspaceIdOrderByCreatedAtDescIdDesc(long userId, long workspaceId,
            Pageable page);

    long countByUserIdAndWorkspaceIdAndReadAtIsNull(long userId, long workspaceId);

    Optional<Notification> findByIdAndUserIdAndWorkspaceId(long id, long userId, long workspaceId);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :now
            where n.userId = :userId and n.workspaceId = :workspaceId and n.readAt is null""")
    int markAllRead(long userId, long workspaceId, Instant now);
}
