package app.factdesk.discussion;

import java.time.Instant;

/** A comment as the claim's discussion shows it; {@code changeable}: the viewer may still edit or delete it. */
public record CommentRow(long id, long claimId, long authorId, String authorName, String body, Instant createdAt,
        Instant editedAt, boolean changeable, long version) {
}
