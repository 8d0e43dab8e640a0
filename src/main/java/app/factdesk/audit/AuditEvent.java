package app.factdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audit event with everything its chain link holds: {@code before} and {@code after} as JSON trees (null when
 * absent), the previous event's hash and its own.
 */
public record AuditEvent(long id, long seq, Instant occurredAt, String actorName, String action, String objectType,
        String objectId, String channel, JsonNode before, JsonNode after, String prevHash, String hash) {

    /** {@code occurredAt} in UTC to the microsecond, exactly as it is hashed ({@code 2021-10-14T09:30:00.000000Z}). */
    public String occurredAtText() {
        return AuditEntry.timestamp(occurredAt);
    }
}
