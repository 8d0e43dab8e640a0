package app.factdesk.report;

import java.time.Instant;

/**
 * A background export as its owner sees it: {@code progress} from 0 to 1; {@code error} is a message key when it
 * failed; {@code bytes} and {@code sha256} are set once it is done.
 */
public record ExportJobRow(String id, ExportRequest request, ExportStatus status, double progress, Instant createdAt,
        Instant finishedAt, Long bytes, String sha256, String error) {

    public String fileName() {
        return request.fileName();
    }
}
