package app.factdesk.verdict;

import java.time.Instant;
import java.util.List;

/** A verdict with its rating, sources and sign-offs, as the history and the review queue show it. */
public record VerdictRow(long id, long claimId, RatingLabelRow rating, String rationale, VerdictStatus status,
        boolean correction, long proposedBy, String proposerName, Instant proposedAt, int approvalsRequired,
        List<SourceRow> sources, List<SignOffRow> signOffs, String returnReason, String publisherName,
        Instant publishedAt, String correctionNote) {

    public long approvals() {
        return signOffs.stream().filter(s -> s.decision() == SignOffDecision.APPROVE).count();
    }
}
