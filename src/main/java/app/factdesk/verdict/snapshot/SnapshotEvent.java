package app.factdesk.verdict.snapshot;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * Something happened to a source's snapshot (asked for, captured with its hash, failed and why, opened) or to the
 * workspace's capture setting; recorded in the audit log.
 */
record SnapshotEvent(Long workspaceId, String objectType, String objectId, String action, Map<String, Object> after,
        String channel) implements Auditable {

    static SnapshotEvent ofSource(Long workspaceId, long sourceId, String action, Map<String, Object> after,
            String channel) {
        return new SnapshotEvent(workspaceId, "source", Long.toString(sourceId), action, after, channel);
    }
}
