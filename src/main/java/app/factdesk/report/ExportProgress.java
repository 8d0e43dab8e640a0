package app.factdesk.report;

/**
 * Told how far an export has come: {@code done} of {@code total} steps. A report's steps are its claims and audit
 * events, read while it is written, and one last step when the file is complete; an audit CSV's are its events.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
