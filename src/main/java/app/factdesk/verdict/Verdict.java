package app.factdesk.verdict;

import app.factdesk.shared.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rating with its rationale and sources. {@code correction} marks a verdict proposed while its claim was already
 * published: its sign-off leaves the claim's state alone until it is published as a correction.
 */
@Entity
@Table(name = "verdict")
class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long claimId;
    private Long ratingLabelId;
    private String rationale;
    @Enumerated(EnumType.STRING)
    private VerdictStatus status;
    private boolean correction;
    private int approvalsRequired;
    private Long proposedBy;
    private Instant proposedAt;
    private String returnReason;
    private Instant decidedAt;
    private Long publishedBy;
    private Instant publishedAt;
    private String correctionNote;
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100) // a list of verdicts loads its source ids in one query
    @CollectionTable(name = "verdict_source", joinColumns = @JoinColumn(name = "verdict_id"))
    @Column(name = "source_id")
    private Set<Long> sourceIds = new TreeSet<>();
    @Version
    private long version;

    protected Verdict() {
    }

    Verdict(long workspaceId, long claimId, long ratingLabelId, String rationale, Set<Long> sourceIds,
            boolean correction, int approvalsRequired, long proposedBy, Instant now) {
        this.workspaceId = workspaceId;
        this.claimId = claimId;
        this.ratingLabelId = ratingLabelId;
        this.rationale = rationale.strip();
        this.sourceIds = new TreeSet<>(sourceIds);
        this.correction = correction;
        this.approvalsRequired = approvalsRequired;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.status = VerdictStatus.PROPOSED;
    }

    void approve(Instant now) {
        require(VerdictStatus.PROPOSED);
        this.status = VerdictStatus.APPROVED;
        this.decidedAt = now;
    }

    void giveBack(String reason, Instant now) {
        require(VerdictStatus.PROPOSED);
        this.status = VerdictStatus.RETURNED;
        this.returnReason = reason.strip();
        this.decidedAt = now;
    }

    void publish(long editorId, String note, Instant now) {
        if (status != VerdictStatus.APPROVED) {
            throw new UserFacingException("verdict.not-approved");
        }
        this.status = VerdictStatus.PUBLISHED;
        this.publishedBy = editorId;
        this.publishedAt = now;
        this.correctionNote = note == null || note.isBlank() ? null : note.strip();
    }

    void supersede() {
        this.status = VerdictStatus.SUPERSEDED;
    }

    /** Refuses any sign-off unless the verdict is still waiting for one. */
    void require(VerdictStatus expected) {
        if (status != expected) {
            throw new UserFacingException("verdict.already-decided", status);
        }
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getWorkspaceId() {
        return workspaceId;
    }

    Long getClaimId() {
        return claimId;
    }

    long getProposedBy() {
        return proposedBy;
    }

    VerdictStatus getStatus() {
        return status;
    }

    boolean isCorrection() {
        return correction;
    }

    int getApprovalsRequired() {
        return approvalsRequired;
    }

    Long getRatingLabelId() {
        return ratingLabelId;
    }

    Set<Long> getSourceIds() {
        return sourceIds;
    }

    String getRationale() {
        return rationale;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getReturnReason() {
        return returnReason;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getCorrectionNote() {
        return correctionNote;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Verdict other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
