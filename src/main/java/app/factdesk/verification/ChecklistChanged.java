package app.factdesk.verification;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** A default task was added to or removed from the workspace checklist: {@code checklist.item_added/_removed}. */
public record ChecklistChanged(Long workspaceId, String action, long itemId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "checklist_item";
    }

    @Override
    public String objectId() {
        return Long.toString(itemId);
    }
}
