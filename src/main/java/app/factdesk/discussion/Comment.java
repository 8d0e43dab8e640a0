package app.factdesk.discussion;

import app.factdesk.shared.UserFacingException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;

@Entity
@Table(name = "claim_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long claimId;
    private Long authorId;
    private String body;
    private Instant createdAt;
    private Instant editedAt;
    @Version
    private long version;

    protected Comment() {
    }

    Comment(long workspaceId, long claimId, long authorId, String body, Instant now) {
        this.workspaceId = workspaceId;
        this.claimId = claimId;
        this.authorId = authorId;
        this.body = body.strip();
        this.createdAt = now;
    }

    /** Refuses anyone but the author, and the author too once the edit window has closed. */
    void requireChangeableBy(long userId, Instant now) {
        if (authorId != userId) {
            throw new AccessDeniedException("Only the author changes a comment");
        }
        if (!EditWindow.isOpen(createdAt, now)) {
            throw new UserFacingException("comment.edit-window-closed", EditWindow.LENGTH.toMinutes());
        }
    }

    void edit(String newBody, long userId, Instant now) {
        requireChangeableBy(userId, now);
        this.body = newBody.strip();
        this.editedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getClaimId() {
        return claimId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Comment other && id != null && id.equals(other.id));
    }

    long getVersion() {
        return version;
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
