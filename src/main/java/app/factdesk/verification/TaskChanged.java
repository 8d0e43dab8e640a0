package app.factdesk.verification;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * A verification task changed: {@code task.created}, {@code task.started}, {@code task.done},
 * {@code task.cancelled} or {@code task.assigned}; the changed fields before and after. Published inside the
 * transaction of the change.
 */
public record TaskChanged(Long workspaceId, String action, long taskId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "task";
    }

    @Override
    public String objectId() {
        return Long.toString(taskId);
    }
}
