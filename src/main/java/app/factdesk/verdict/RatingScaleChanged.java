package app.factdesk.verdict;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * An admin changed the rating scale: {@code rating_scale.settings_changed} (object {@code verdict_settings}, the
 * workspace id) or {@code rating_label.added/edited/retired/reinstated/moved/deleted} (object {@code rating_label}).
 */
public record RatingScaleChanged(Long workspaceId, String action, String objectType, long id,
        Map<String, Object> before, Map<String, Object> after) implements Auditable {

    static RatingScaleChanged settings(long workspaceId, Map<String, Object> before, Map<String, Object> after) {
        return new RatingScaleChanged(workspaceId, "rating_scale.settings_changed", "verdict_settings", workspaceId,
                before, after);
    }

    static RatingScaleChanged label(long workspaceId, String verb, long labelId, Map<String, Object> before,
            Map<String, Object> after) {
        return new RatingScaleChanged(workspaceId, "rating_label." + verb, "rating_label", labelId, before, after);
    }

    @Override
    public String objectId() {
        return Long.toString(id);
    }
}
