package app.factdesk.report;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verification.TaskRow;
import java.util.List;

/** One claim of a report with its verdict history (newest first), sources and tasks. */
public record ClaimReport(ClaimDetails claim, List<VerdictRow> verdicts, List<SourceRow> sources,
        List<TaskRow> tasks) {
}
