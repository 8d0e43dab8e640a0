package app.factdesk.report;

/** What an export wrote: its size in bytes, the SHA-256 of those bytes (hex) and how many items it holds. */
public record ExportResult(long bytes, String sha256, long items) {
}
