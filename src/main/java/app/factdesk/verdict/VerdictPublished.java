package app.factdesk.verdict;

import java.util.Map;

/** An approved verdict was published (a correction also supersedes the one before it). */
public record VerdictPublished(long verdictId, VerdictSubject subject, Long actorId, long proposerId, boolean correction,
        Map<String, Object> before, Map<String, Object> after) implements VerdictEvent {

    @Override
    public Long workspaceId() {
        return subject.workspaceId();
    }

    @Override
    public String action() {
        return "verdict.published";
    }
}
