package app.factdesk.attest.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a signed export with nothing but the file and, optionally, the desk's published keys (ADR 018): recomputes
 * every event's hash, checks each event's link to the one before it (and, for a contiguous range, that no chain
 * position is missing or out of order), that the events end where the document says, that they reach the chain head
 * when they claim to, and finally the signature over the whole document. The first failure wins.
 */
public final class ReportVerifier {

    private ReportVerifier() {
    }

    /**
     * Verifies {@code document}; {@code keys} null means the signer's key is taken from the document itself (which
     * proves integrity but not authorship; the verdict says so).
     */
    public static Verdict verify(JsonNode document, KeySet keys) {
        return verify(document, keys, null);
    }

    /**
     * Verifies {@code document} and, when {@code checkpoint} is given (one the auditor kept from earlier), that the
     * export's chain extends it. A checkpoint the export itself cites is checked too, where the export reaches it.
     */
    public static Verdict verify(JsonNode document, KeySet keys, JsonNode checkpoint) {
        JsonNode chain = document == null ? null : document.get("chain");
        JsonNode events = document == null ? null : document.get("auditEvents");
        JsonNode head = document == null ? null : document.get("chainHead");
        if (chain == null || !chain.isObject() || events == null || !events.isArray() || head == null) {
            return Verdict.unreadable("not a signed Fact Desk export (no chain, chainHead or auditEvents)");
        }
        List<CheckpointCheck> checkpoints = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        if (document.hasNonNull("checkpoint")) {
            checkpoints.add(new CheckpointCheck(document.get("checkpoint"), "the checkpoint the export cites"));
            required.add(false);
        }
        if (checkpoint != null) {
            checkpoints.add(new CheckpointCheck(checkpoint, "the given checkpoint"));
            required.add(true);
        }
        Set<Long> watched = new HashSet<>();
        for (CheckpointCheck check : checkpoints) {
            Optional<Verdict> bad = check.read(keys);
            if (bad.isPresent()) {
                return bad.get();
            }
            watched.add(check.eventCount());
        }
        ChainWalk walk = new ChainWalk(chain, watched);
        for (JsonNode event : events) {
            Optional<Verdict> bad = walk.next(event);
            if (bad.isPresent()) {
                return bad.get();
            }
        }
        Optional<Verdict> end = walk.end(head);
        if (end.isPresent()) {
            return end.get();
        }
        Verdict verdict = signature(document, keys, walk);
        if (!verdict.valid()) {
            return verdict;
        }
        Map<Long, String> known = new HashMap<>(walk.known());
        long headCount = head.path("count").asLong(-1);
        known.put(headCount, head.path("hash").asText());
        Long workspace = chain.path("workspaceId").isIntegralNumber() ? chain.get("workspaceId").longValue() : null;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            CheckpointCheck.Result result = checkpoints.get(i).against(workspace, known, headCount, required.get(i));
            if (result.failure() != null) {
                return result.failure();
            }
            notes.add(result.note());
        }
        return verdict.withNotes(notes);
    }

    private static Verdict signature(JsonNode document, KeySet keys, ChainWalk walk) {
        SignatureCheck.Result result = SignatureCheck.check(document, keys, "the document");
        if (result.failure() != null) {
            return result.failure();
        }
        SignatureCheck.Signer signer = result.signer();
        Verdict verdict = Verdict.valid(walk.count(), walk.lastHash(), signer.keyId(), signer.signedAt().toString(),
                signer.keyTrusted());
        Timestamps.Result stamped = Timestamps.check(document.get(DetachedSignature.MEMBER), signer.signature());
        return stamped.failure() != null ? stamped.failure() : verdict.withNotes(stamped.notes());
    }
}
