package app.factdesk.verdict;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * A verdict moved in its sign-off: {@code verdict.proposed}, {@code verdict.approved} (once per approval),
 * {@code verdict.returned}, {@code verdict.published} or {@code verdict.superseded}.
 */
public record VerdictChanged(Long workspaceId, String action, long verdictId, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String objectType() {
        return "verdict";
    }

    @Override
    public String objectId() {
        return Long.toString(verdictId);
    }
}
