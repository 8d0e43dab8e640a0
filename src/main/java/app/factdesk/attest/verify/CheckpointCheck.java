package app.factdesk.attest.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A signed checkpoint (ADR 018): "workspace W's chain held N events ending in hash H at time T", signed with the
 * desk's key. An export extends it when the export's chain has the same hash at position N: history up to the
 * checkpoint was not rewritten and the chain did not fork since, as in Certificate Transparency's consistency check
 * (with a linear chain, the export has to reach position N: its events, the hash before its first event, or its
 * head).
 */
final class CheckpointCheck {

    static final String SCHEMA = "factdesk-checkpoint/1";

    private final JsonNode document;
    private final String origin;
    private long workspaceId;
    private long eventCount;
    private String headHash;
    private String checkpointAt;
    private SignatureCheck.Signer signer;

    /** @param origin how the verdict names it ("the checkpoint the export cites", "checkpoint cp.json") */
    CheckpointCheck(JsonNode document, String origin) {
        this.document = document;
        this.origin = origin;
    }

    /** Reads and checks the checkpoint's own signature; the failure if it is not a valid checkpoint. */
    Optional<Verdict> read(KeySet keys) {
        if (document == null || !document.isObject() || !SCHEMA.equals(document.path("schemaVersion").asText())
                || !document.path("workspaceId").isIntegralNumber() || !document.path("eventCount").isIntegralNumber()
                || !document.path("headHash").isTextual()) {
            return Optional.of(Verdict.invalid(null, origin + " is not a Fact Desk checkpoint (" + SCHEMA + ")"));
        }
        workspaceId = document.get("workspaceId").longValue();
        eventCount = document.get("eventCount").longValue();
        headHash = document.get("headHash").textValue();
        checkpointAt = document.path("checkpointAt").asText();
        SignatureCheck.Result result = SignatureCheck.check(document, keys, origin);
        if (result.failure() != null) {
            return Optional.of(result.failure());
        }
        signer = result.signer();
        return Optional.empty();
    }

    long eventCount() {
        return eventCount;
    }

    /**
     * Whether the export's chain extends this checkpoint, given the hashes the export fixes ({@code known}: chain
     * position → hash) and its head. {@code required} false turns "cannot be checked here" into a note.
     */
    Result against(Long exportWorkspace, Map<Long, String> known, long headCount, boolean required) {
        String name = origin + " of " + checkpointAt + " (" + eventCount + " events)";
        if (exportWorkspace != null && exportWorkspace != workspaceId) {
            return failure(null, name + " is of workspace " + workspaceId + ", the export of workspace "
                    + exportWorkspace);
        }
        if (eventCount > headCount) {
            return failure(headCount, "the chain has " + headCount + " events, fewer than " + name
                    + ": history was cut or rewritten after the checkpoint");
        }
        String hash = eventCount == 0 ? null : known.get(eventCount);
        if (eventCount == 0) {
            return note("extends " + name);
        }
        if (hash == null) {
            return required ? failure(null, "cannot check " + name + ": this export does not reach event "
                    + eventCount + "; export a range that includes it")
                    : note("cites " + name + ", outside this export's events (not checked)");
        }
        if (!hash.equals(headHash)) {
            return failure(eventCount, "the chain does not extend " + name + ": its hash here is " + hash
                    + ", the checkpoint says " + headHash + " (history was rewritten or the chain forked)");
        }
        return note("extends " + name + ", head " + headHash + ", signed by key " + signer.keyId() + " on "
                + signer.signedAt());
    }

    /** A failure (the verdict) or a line to add to a valid verdict. */
    record Result(Verdict failure, String note) {
    }

    private static Result failure(Long seq, String reason) {
        return new Result(Verdict.invalid(seq, reason), null);
    }

    private static Result note(String text) {
        return new Result(null, text);
    }
}
