package app.factdesk.verdict;

import java.util.Map;

/** A verdict (or a correction) was proposed; editors are asked to sign it off. */
public record VerdictProposed(long verdictId, VerdictSubject subject, Long actorId, long proposerId, boolean correction,
        Map<String, Object> before, Map<String, Object> after) implements VerdictEvent {

    @Override
    public Long workspaceId() {
        return subject.workspaceId();
    }

    @Override
    public String action() {
        return "verdict.proposed";
    }
}
