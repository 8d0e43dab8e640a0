package app.factdesk.shared;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The documented size limits (README, "Limits") in one place, from which everything else is derived: the servlet
 * container's multipart limits, the upload widgets' {@code maxFileSize}, the services' own checks and the REST
 * API's body limit. Change {@code factdesk.evidence.max-bytes} or {@code factdesk.api.max-body-bytes} and all of
 * them follow.
 */
@Component
public class RequestLimits {

    /** The largest article file (.txt, .md, .html) an import accepts. */
    public static final int ARTICLE_FILE_BYTES = 2 * 1024 * 1024;
    /** Room for the multipart envelope around a file (boundaries, headers, other form fields). */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long evidenceBytes;
    private final long apiBodyBytes;

    RequestLimits(@Value("${factdesk.evidence.max-bytes:20971520}") long evidenceBytes,
            @Value("${factdesk.api.max-body-bytes:4194304}") long apiBodyBytes) {
        this.evidenceBytes = evidenceBytes;
        this.apiBodyBytes = apiBodyBytes;
    }

    /** The largest evidence file, in bytes. */
    public long evidenceBytes() {
        return evidenceBytes;
    }

    /** The largest request body the REST API reads, in bytes. */
    public long apiBodyBytes() {
        return apiBodyBytes;
    }

    /** The largest file any upload accepts; one byte more reaches the app, so its own check names the limit. */
    public long maxMultipartFileBytes() {
        return Math.max(evidenceBytes, ARTICLE_FILE_BYTES) + 1;
    }

    /** The largest multipart request. */
    public long maxMultipartBytes() {
        return maxMultipartFileBytes() + MULTIPART_OVERHEAD;
    }

    /** A limit as whole megabytes (MiB) for messages: 20971520 is "20". */
    public static String megabytes(long bytes) {
        long whole = bytes / (1024 * 1024);
        return whole * 1024 * 1024 == bytes ? Long.toString(whole)
                : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    }

    /** A request body that went past the limit while it was read. */
    public static class BodyTooLargeException extends IOException {

        private final long limit;

        public BodyTooLargeException(long limit) {
            super("Request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
