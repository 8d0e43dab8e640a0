package app.factdesk.report;

/**
 * Told how far an export has come: {@code done} of {@code total} steps. A report's steps are its claims and audit
 * events, an audit CSV's its events; the last update of a finished export has {@code done == total}.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
