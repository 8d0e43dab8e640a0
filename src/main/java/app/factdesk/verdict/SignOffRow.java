package app.factdesk.verdict;

import java.time.Instant;

/** An approval or return as the history shows it. */
public record SignOffRow(long editorId, String editorName, SignOffDecision decision, String reason,
        Instant decidedAt) {
}
