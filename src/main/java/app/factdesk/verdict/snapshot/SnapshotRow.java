package app.factdesk.verdict.snapshot;

import java.time.Instant;

/**
 * A snapshot of a source as listed (no bytes): its state, when it was asked for and finished, where the capture
 * ended after redirects, the WARC's size and SHA-256, and for a failure the reason's message key and detail.
 */
public record SnapshotRow(long id, long sourceId, String requestedUrl, Status status, Instant requestedAt,
        Instant finishedAt, String finalUrl, Integer httpStatus, String contentType, Integer resources,
        boolean truncated, Long warcSize, String warcSha256, String failure, String failureDetail) {

    public enum Status {
        PENDING, CAPTURED, FAILED
    }
}
