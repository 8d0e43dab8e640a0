package app.factdesk.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One editor's approval or return of a verdict; immutable once written. */
@Entity
@Table(name = "sign_off")
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long verdictId;
    private Long editorId;
    @Enumerated(EnumType.STRING)
    private SignOffDecision decision;
    private String reason;
    private Instant decidedAt;

    protected SignOff() {
    }

    SignOff(long verdictId, long editorId, SignOffDecision decision, String reason, Instant decidedAt) {
        this.verdictId = verdictId;
        this.editorId = editorId;
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    Long getVerdictId() {
        return verdictId;
    }

    Long getEditorId() {
        return editorId;
    }

    SignOffDecision getDecision() {
        return decision;
    }

    SignOffRow toRow(String editorName) {
        return new SignOffRow(editorId, editorName, decision, reason, decidedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SignOff other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
