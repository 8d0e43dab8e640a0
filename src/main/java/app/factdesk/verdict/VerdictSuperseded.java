package app.factdesk.verdict;

import java.util.Map;

/** A published verdict was replaced by a published correction. */
public record VerdictSuperseded(long verdictId, VerdictSubject subject, Long actorId, long proposerId, boolean correction,
        Map<String, Object> before, Map<String, Object> after) implements VerdictEvent {

    @Override
    public Long workspaceId() {
        return subject.workspaceId();
    }

    @Override
    public String action() {
        return "verdict.superseded";
    }
}
