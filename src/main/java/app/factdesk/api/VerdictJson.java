package app.factdesk.api;

import app.factdesk.verdict.SignOffDecision;
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictStatus;
import java.time.Instant;
import java.util.List;

/** A verdict with its rating (ClaimReview value, or null outside the scale), sources and sign-offs. */
record VerdictJson(long id, long claimId, String rating, String ratingAr, Integer ratingValue, String rationale,
        VerdictStatus status, boolean correction, long proposedBy, Instant proposedAt, int approvalsRequired,
        List<Long> sourceIds, List<SignOff> signOffs, String returnReason, Instant publishedAt,
        String correctionNote) {

    record SignOff(long editorId, SignOffDecision decision, String reason, Instant decidedAt) {
    }

    static VerdictJson of(VerdictRow row) {
        return new VerdictJson(row.id(), row.claimId(), row.rating().labelEn(), row.rating().labelAr(),
                row.rating().ratingValue(), row.rationale(), row.status(), row.correction(), row.proposedBy(),
                row.proposedAt(), row.approvalsRequired(), row.sources().stream().map(SourceRow::id).toList(),
                row.signOffs().stream().map(s -> new SignOff(s.editorId(), s.decision(), s.reason(), s.decidedAt()))
                        .toList(),
                row.returnReason(), row.publishedAt(), row.correctionNote());
    }
}
