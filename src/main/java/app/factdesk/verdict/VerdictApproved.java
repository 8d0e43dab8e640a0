package app.factdesk.verdict;

import java.util.Map;

/** An editor approved a verdict; {@code decided} once the required number of approvals is reached. */
public record VerdictApproved(long verdictId, VerdictSubject subject, Long actorId, long proposerId, boolean correction, boolean decided,
        Map<String, Object> before, Map<String, Object> after) implements VerdictEvent {

    @Override
    public Long workspaceId() {
        return subject.workspaceId();
    }

    @Override
    public String action() {
        return "verdict.approved";
    }
}
