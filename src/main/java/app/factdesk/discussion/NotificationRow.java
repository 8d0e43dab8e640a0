package app.factdesk.discussion;

import java.time.Instant;
import java.util.List;

/** One notification for its recipient; the UI renders {@code notification.<type>} with {@code params}. */
public record NotificationRow(long id, NotificationType type, List<String> params, Long claimId, Long articleId,
        Instant createdAt, boolean read) {
}
