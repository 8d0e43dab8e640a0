package app.factdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Audit events as exports carry them, with every hashed field, so that anyone can recompute each hash offline
 * (ADR 006, ADR 018): {@code seq, workspaceId, occurredAt} (UTC, to the microsecond), {@code actorId, actorName,
 * action, objectType, objectId, channel, before, after, prevHash, hash}. Used by the exports and by the offline
 * verifier, which must not need a database.
 */
public final class ExportedEvents {

    /** The previous hash of a chain's first event: 64 zeros. */
    public static final String GENESIS = AuditEntry.GENESIS;

    private ExportedEvents() {
    }

    /** The exported form of {@code row}. */
    public static ObjectNode json(AuditRow row) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("seq", row.seq());
        event.put("workspaceId", row.workspaceId());
        event.put("occurredAt", AuditEntry.timestamp(row.occurredAt()));
        event.put("actorId", row.actorId());
        event.put("actorName", row.actorName());
        event.put("action", row.action());
        event.put("objectType", row.objectType());
        event.put("objectId", row.objectId());
        event.put("channel", row.channel());
        event.set("before", CanonicalJson.parse(row.before()));
        event.set("after", CanonicalJson.parse(row.after()));
        event.put("prevHash", row.prevHash());
        event.put("hash", row.hash());
        return event;
    }

    /**
     * The hash of an exported event recomputed from its content and its {@code prevHash}.
     *
     * @throws IllegalArgumentException when a field is missing or of the wrong type
     */
    public static String recompute(JsonNode event) {
        String prev = text(event, "prevHash", false);
        if (prev == null || !prev.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("prevHash is not 64 lower-case hex digits");
        }
        return entry(event).hash(prev);
    }

    /** The canonical spelling of a JSON value (ADR 006): what signatures and hashes are computed over. */
    public static String canonical(JsonNode node) {
        return CanonicalJson.write(node);
    }

    /** Parses JSON text keeping decimals exact, as the canonical form needs. */
    public static JsonNode parse(String text) {
        return CanonicalJson.parse(text);
    }

    private static AuditEntry entry(JsonNode event) {
        try {
            return new AuditEntry(number(event, "seq", false), number(event, "workspaceId", true),
                    Instant.parse(text(event, "occurredAt", false)), number(event, "actorId", true),
                    text(event, "actorName", true), text(event, "action", false), text(event, "objectType", true),
                    text(event, "objectId", true), text(event, "channel", false), value(event, "before"),
                    value(event, "after"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("occurredAt is not a UTC time");
        }
    }

    private static Long number(JsonNode event, String field, boolean nullable) {
        JsonNode node = event.get(field);
        if ((node == null || node.isNull()) && nullable) {
            return null;
        }
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return node.longValue();
    }

    private static String text(JsonNode event, String field, boolean nullable) {
        JsonNode node = event.get(field);
        if ((node == null || node.isNull()) && nullable) {
            return null;
        }
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return node.textValue();
    }

    private static JsonNode value(JsonNode event, String field) {
        JsonNode node = event.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
