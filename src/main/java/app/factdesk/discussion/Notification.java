package app.factdesk.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Written once; only its read time changes, so it needs no version. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long userId;
    @Enumerated(EnumType.STRING)
    private NotificationType type;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] params;
    private Long claimId;
    private Long articleId;
    private Long taskId;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(long workspaceId, long userId, NotificationType type, List<String> params, Long claimId,
            Long articleId, Long taskId, Instant now) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.type = type;
        this.params = params.stream().map(p -> p == null ? "" : p).toArray(String[]::new);
        this.claimId = claimId;
        this.articleId = articleId;
        this.taskId = taskId;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationRow toRow() {
        return new NotificationRow(id, type, List.of(params), claimId, articleId, createdAt, readAt != null);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Notification other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
