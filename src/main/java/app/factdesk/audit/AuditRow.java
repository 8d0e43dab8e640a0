package app.factdesk.audit;

import java.time.Instant;

/**
 * One audit event as the log shows it; {@code before} and {@code after} are JSON or null (indented in pages, compact
 * in streams and exports). {@code workspaceId}, {@code actorId} and {@code prevHash} complete what is hashed, so an
 * export can carry everything needed to recompute {@code hash} ({@link ExportedEvents}).
 */
public record AuditRow(long id, long seq, Instant occurredAt, String actorName, String action, String objectType,
        String objectId, String channel, String before, String after, String hash, Long workspaceId, Long actorId,
        String prevHash) {
}
