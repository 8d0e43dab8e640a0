package app.factdesk.claim;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "dismissed_suggestion")
class DismissedSuggestion {

    @Embeddable
    record Key(long articleId, int startOffset, int endOffset) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    private Long dismissedBy;
    private Instant dismissedAt;

    protected DismissedSuggestion() {
    }

    DismissedSuggestion(Key id, Long dismissedBy, Instant dismissedAt) {
        this.id = id;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    Key getId() {
        return id;
    }
}
