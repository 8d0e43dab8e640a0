package app.factdesk.report;

import app.factdesk.shared.Auditable;
import java.util.Map;

/**
 * An export was downloaded ({@code export.downloaded}) or made in the background ({@code export.created}); the
 * channel is that of the request that started it (null: the current request's).
 */
record ExportRecorded(Long workspaceId, String action, String objectId, ExportRequest request, ExportResult result,
        String channel) implements Auditable {

    static final String DOWNLOADED = "export.downloaded";
    static final String CREATED = "export.created";

    @Override
    public String objectType() {
        return "export";
    }

    @Override
    public Map<String, Object> after() {
        return Auditable.fields("kind", request.kind().name(), "articleId", request.articleId(), "from",
                request.from() == null ? null : request.from().toString(), "to",
                request.to() == null ? null : request.to().toString(), "fileName", request.fileName(), "bytes",
                result.bytes(), "sha256", result.sha256(), "items", result.items());
    }
}
