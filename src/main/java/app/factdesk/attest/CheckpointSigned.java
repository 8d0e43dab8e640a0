package app.factdesk.attest;

import java.time.Instant;

/**
 * A checkpoint of a workspace's audit chain was signed, in the transaction that stored it. Not an audit event itself
 * (it would grow the chain it seals); webhooks announce it.
 */
public record CheckpointSigned(long workspaceId, long checkpointId, long eventCount, String headHash,
        Instant signedAt) {
}
