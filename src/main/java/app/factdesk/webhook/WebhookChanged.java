package app.factdesk.webhook;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** An endpoint was registered, enabled, disabled, deleted, or a delivery sent again: in the workspace's audit log. */
record WebhookChanged(Long workspaceId, String action, long endpointId, Map<String, Object> after)
        implements Auditable {

    @Override
    public String objectType() {
        return "webhook";
    }

    @Override
    public String objectId() {
        return Long.toString(endpointId);
    }
}
