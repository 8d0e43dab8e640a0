package app.factdesk.report;

/** Told how far an export has come: {@code done} of {@code total} steps (claims, or rows when the total is known). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
