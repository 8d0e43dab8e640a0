package app.factdesk.verdict;

/** The claim a verdict is about, as messages about the verdict name it. */
public record VerdictSubject(long workspaceId, long claimId, long articleId, String statement) {
}
