package app.factdesk.report;

/** Where a background export stands. */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
