package app.factdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hashed content of one audit event.
 *
 * <p>Canonical bytes: the UTF-8 encoding of a JSON array written by {@link CanonicalJson} (sorted keys, no
 * whitespace, explicit nulls), holding exactly these twelve elements in this order:
 * <ol>
 * <li>the format tag {@code "fd-audit/1"};</li>
 * <li>{@code seq}, the position in its chain (1, 2, ...);</li>
 * <li>{@code workspace_id}, or {@code null} for the account-level chain;</li>
 * <li>{@code occurred_at} as a string in UTC, to the microsecond: {@code "2021-10-14T09:30:00.000000Z"};</li>
 * <li>{@code actor_id} or {@code null};</li>
 * <li>{@code actor_name} or {@code null};</li>
 * <li>{@code action}, e.g. {@code "claim.edited"};</li>
 * <li>{@code object_type} or {@code null};</li>
 * <li>{@code object_id} (a string) or {@code null};</li>
 * <li>{@code channel}: {@code "UI"}, {@code "API"} or {@code "SYSTEM"};</li>
 * <li>{@code before} as canonical JSON, or {@code null};</li>
 * <li>{@code after} as canonical JSON, or {@code null}.</li>
 * </ol>
 * <p>{@code hash = lower-case hex of SHA-256(prev ‖ canonical bytes)}, where {@code prev} is the 32 bytes of the
 * previous event's hash in the same chain, or 32 zero bytes for the first event (genesis: 64 {@code 0} digits).
 */
record AuditEntry(long seq, Long workspaceId, Instant occurredAt, Long actorId, String actorName, String action,
        String objectType, String objectId, String channel, JsonNode before, JsonNode after) {

    static final String FORMAT = "fd-audit/1";
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    byte[] canonicalBytes() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.add(FORMAT).add(seq);
        array.add(workspaceId);
        array.add(MICROS.format(occurredAt));
        array.add(actorId);
        array.add(actorName).add(action).add(objectType).add(objectId).add(channel);
        array.add(before == null ? JsonNodeFactory.instance.nullNode() : before);
        array.add(after == null ? JsonNodeFactory.instance.nullNode() : after);
        return CanonicalJson.write(array).getBytes(StandardCharsets.UTF_8);
    }

    /** This entry's hash when it follows {@code prevHash}. */
    String hash(String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(prevHash));
            return HexFormat.of().formatHex(sha.digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String timestamp(Instant instant) {
        return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
