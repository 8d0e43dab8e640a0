package app.factdesk.api;

import app.factdesk.audit.AuditEvent;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One audit event: {@code occurredAt} in UTC to the microsecond, {@code before}/{@code after} as JSON (null when the
 * change has none), {@code hash = SHA-256(prevHash ‖ canonical bytes)} as in docs/adr/006-audit-hash-chain.md.
 */
record AuditEventJson(long id, long seq, String occurredAt, String actor, String action, String objectType,
        String objectId, String channel, JsonNode before, JsonNode after, String prevHash, String hash) {

    static AuditEventJson of(AuditEvent event) {
        return new AuditEventJson(event.id(), event.seq(), event.occurredAtText(), event.actorName(), event.action(),
                event.objectType(), event.objectId(), event.channel(), event.before(), event.after(),
                event.prevHash(), event.hash());
    }
}
