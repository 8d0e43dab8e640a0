package app.factdesk.report;

import app.factdesk.security.FactDeskUser;
import java.nio.file.Path;
import java.time.Instant;

/** The mutable state of one background export; written by its worker thread, read by its owner's requests. */
final class ExportJob {

    final String id;
    final long workspaceId;
    final long userId;
    final FactDeskUser owner;
    final ExportRequest request;
    final Instant createdAt;
    final Path file;
    /** The channel of the request that started it ({@code UI} or {@code API}), for its {@code export.created}. */
    final String channel;
    private volatile ExportStatus status = ExportStatus.QUEUED;
    private volatile double progress;
    private volatile Instant finishedAt;
    private volatile ExportResult result;
    private volatile String error;

    ExportJob(String id, FactDeskUser owner, ExportRequest request, Instant createdAt, Path file, String channel) {
        this.id = id;
        this.owner = owner;
        this.workspaceId = owner.workspace().workspaceId();
        this.userId = owner.userId();
        this.request = request;
        this.createdAt = createdAt;
        this.file = file;
        this.channel = channel;
    }

    void running() {
        status = ExportStatus.RUNNING;
    }

    void progress(long done, long total) {
        progress = total <= 0 ? 0 : Math.min(1, (double) done / total);
    }

    void done(ExportResult finished, Instant at) {
        result = finished;
        progress = 1;
        finishedAt = at;
        status = ExportStatus.DONE;
    }

    void failed(String reason, Instant at) {
        error = reason;
        finishedAt = at;
        status = ExportStatus.FAILED;
    }

    boolean ownedBy(FactDeskUser user) {
        return user.workspace() != null && user.workspace().workspaceId() == workspaceId && user.userId() == userId;
    }

    ExportStatus status() {
        return status;
    }

    ExportResult result() {
        return result;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    ExportJobRow row() {
        ExportResult r = result;
        return new ExportJobRow(id, request, status, progress, createdAt, finishedAt, r == null ? null : r.bytes(),
                r == null ? null : r.sha256(), error);
    }
}
