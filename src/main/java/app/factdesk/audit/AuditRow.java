package app.factdesk.audit;

import java.time.Instant;

/**
 * One audit event as the log shows it; {@code before} and {@code after} are JSON or null (indented in pages, compact
 * in streams and exports).
 */
public record AuditRow(long id, long seq, Instant occurredAt, String actorName, String action, String objectType,
        String objectId, String channel, String before, String after, String hash) {
}
