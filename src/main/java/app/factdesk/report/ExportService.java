package app.factdesk.report;

import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Exports made at once, for a download: the article's audit report (PDF, JSON), its ClaimReview JSON-LD, or the
 * workspace's audit events as CSV. Not transactional itself on purpose: the export is written in one read-only
 * transaction, and {@code export.downloaded} is recorded afterwards in a short one, so a long export never holds the
 * lock on the workspace's audit chain.
 */
@Service
@Validated
public class ExportService {

    private final ExportWriter writer;
    private final ExportRecorder recorder;

    ExportService(ExportWriter writer, ExportRecorder recorder) {
        this.writer = writer;
        this.recorder = recorder;
    }

    /**
     * Writes the export to the stream that {@code target} opens once the request is allowed and checked, then
     * records {@code export.downloaded} with its size and SHA-256. Editors and admins only.
     */
    /**
     * The schema.org ClaimReview of one claim's published verdict, as the ClaimReview export would give it; empty
     * when the claim has no published verdict or the workspace has no publisher set. Editors and admins.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public java.util.Optional<com.fasterxml.jackson.databind.node.ObjectNode> claimReview(long articleId,
            long claimId) {
        return writer.claimReview(articleId, claimId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    public ExportResult download(@Valid ExportRequest request, ExportTarget target) throws IOException {
        ExportResult result = writer.write(request, target, ExportProgress.NONE, false);
        recorder.record(ExportRecorded.DOWNLOADED, request.fileName(), request, result);
        return result;
    }
}
