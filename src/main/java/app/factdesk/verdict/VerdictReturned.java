package app.factdesk.verdict;

import java.util.Map;

/** An editor returned a verdict to its proposer with a reason. */
public record VerdictReturned(long verdictId, VerdictSubject subject, Long actorId, long proposerId, boolean correction, String reason,
        Map<String, Object> before, Map<String, Object> after) implements VerdictEvent {

    @Override
    public Long workspaceId() {
        return subject.workspaceId();
    }

    @Override
    public String action() {
        return "verdict.returned";
    }
}
