package app.factdesk.report;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.snapshot.SnapshotRow;
import app.factdesk.verification.TaskRow;
import java.util.List;
import java.util.Map;

/**
 * One claim of a report with its verdict history (newest first), sources, tasks, and the archived copies of its
 * sources by source id (ADR 026; each list oldest first).
 */
public record ClaimReport(ClaimDetails claim, List<VerdictRow> verdicts, List<SourceRow> sources,
        List<TaskRow> tasks, Map<Long, List<SnapshotRow>> snapshots) {

    /** A claim whose sources have no archived copies. */
    public ClaimReport(ClaimDetails claim, List<VerdictRow> verdicts, List<SourceRow> sources, List<TaskRow> tasks) {
        this(claim, verdicts, sources, tasks, Map.of());
    }

    /** The archived copies of one of the claim's sources, oldest first. */
    public List<SnapshotRow> snapshotsOf(long sourceId) {
        return snapshots.getOrDefault(sourceId, List.of());
    }
}
