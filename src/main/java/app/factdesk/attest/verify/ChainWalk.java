package app.factdesk.attest.verify;

import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks an export's events in order. A contiguous export (a range, a whole log) must hold every chain position from
 * {@code firstSeq} to {@code lastSeq}, the first linked to {@code previousHash}; a selection (one article's events)
 * may skip positions, and links are checked wherever two events are neighbours in the chain.
 */
final class ChainWalk {

    private final boolean contiguous;
    private final Long workspaceId;
    private final Long firstSeq;
    private final Long lastSeq;
    private final String previousHash;
    private long count;
    private long seq;
    private String hash;
    private final Set<Long> watched;
    private final Map<Long, String> known = new HashMap<>();

    ChainWalk(JsonNode chain) {
        this(chain, Set.of());
    }

    /** @param watched chain positions whose (recomputed) hashes {@link #known()} reports, for checkpoints */
    ChainWalk(JsonNode chain, Set<Long> watched) {
        this.watched = watched;
        this.contiguous = chain.path("contiguous").asBoolean(true);
        this.workspaceId = chain.path("workspaceId").isIntegralNumber() ? chain.get("workspaceId").longValue() : null;
        this.firstSeq = chain.path("firstSeq").isIntegralNumber() ? chain.get("firstSeq").longValue() : null;
        this.lastSeq = chain.path("lastSeq").isIntegralNumber() ? chain.get("lastSeq").longValue() : null;
        this.previousHash = chain.path("previousHash").isTextual() ? chain.get("previousHash").textValue() : null;
    }

    Optional<Verdict> next(JsonNode event) {
        long at = event.path("seq").asLong(-1);
        if (count == 0) {
            if (firstSeq == null || at != firstSeq) {
                return bad(firstSeq, "the export says its first event is " + firstSeq + " but it starts with " + at);
            }
            if (!event.path("prevHash").asText().equals(previousHash)) {
                return bad(at, "its previous hash is not the export's previousHash " + previousHash);
            }
        } else if (contiguous && at != seq + 1) {
            return bad(seq + 1, "expected chain event " + (seq + 1) + " but found " + at
                    + (at > seq + 1 ? " (events are missing)" : " (events are repeated or out of order)"));
        } else if (at <= seq) {
            return bad(at, "events are out of chain order: " + at + " follows " + seq);
        } else if (at == seq + 1 && !event.path("prevHash").asText().equals(hash)) {
            return bad(at, "its previous hash is not the hash of event " + seq + " (" + hash + ")");
        }
        if (workspaceId != null && event.path("workspaceId").asLong(-1) != workspaceId) {
            return bad(at, "it belongs to workspace " + event.path("workspaceId") + ", not " + workspaceId);
        }
        String recomputed;
        try {
            recomputed = ExportedEvents.recompute(event);
        } catch (IllegalArgumentException e) {
            return bad(at, "it is malformed: " + e.getMessage());
        }
        if (!recomputed.equals(event.path("hash").asText())) {
            return bad(at, "its content does not match its hash (recomputed " + recomputed + ", the file says "
                    + event.path("hash").asText() + ")");
        }
        count++;
        seq = at;
        hash = recomputed;
        if (count == 1 && watched.contains(at - 1)) {
            known.put(at - 1, previousHash);
        }
        if (watched.contains(at)) {
            known.put(at, recomputed);
        }
        return Optional.empty();
    }

    /** Checks where the events end: at {@code lastSeq}, and at the head when they reach its position. */
    Optional<Verdict> end(JsonNode head) {
        if (count == 0) {
            return lastSeq == null ? Optional.empty() : bad(firstSeq, "the export lists no events but says it "
                    + "covers events " + firstSeq + " to " + lastSeq);
        }
        if (lastSeq == null || seq != lastSeq) {
            return bad(seq + 1, "the events end at " + seq + " but the export says they run to " + lastSeq
                    + " (the tail was cut off)");
        }
        long headCount = head.path("count").asLong(-1);
        if (seq > headCount) {
            return bad(seq, "it lies beyond the chain head the export states (" + headCount + " events)");
        }
        if (seq == headCount && !hash.equals(head.path("hash").asText())) {
            return bad(seq, "it is the head's position but its hash is not the head hash " + head.path("hash").asText());
        }
        return Optional.empty();
    }

    /** Hashes the walked events fix at the watched positions (the first event's predecessor included). */
    Map<Long, String> known() {
        return known;
    }

    long count() {
        return count;
    }

    String lastHash() {
        return count == 0 ? previousHash : hash;
    }

    private static Optional<Verdict> bad(Long seq, String reason) {
        return Optional.of(Verdict.invalid(seq, reason));
    }
}
