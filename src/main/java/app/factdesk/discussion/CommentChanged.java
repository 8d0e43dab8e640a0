package app.factdesk.discussion;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * A comment was {@code comment.added}, {@code comment.edited} (body before and after) or {@code comment.deleted};
 * published inside the transaction of the change.
 */
public record CommentChanged(Long workspaceId, String action, long commentId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "comment";
    }

    @Override
    public String objectId() {
        return Long.toString(commentId);
    }
}
