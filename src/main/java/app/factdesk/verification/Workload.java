package app.factdesk.verification;

/** One member's open verification work: open tasks and how many of them are overdue. */
public record Workload(long userId, String name, int open, int overdue) {
}
