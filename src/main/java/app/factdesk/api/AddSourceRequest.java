package app.factdesk.api;

import app.factdesk.verdict.AddSource;
import app.factdesk.verdict.SourceType;
import app.factdesk.verdict.Stance;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/claims/{id}/sources}: a source without a file (files are uploaded in the UI). {@code accessed}
 * is the day it was read, {@code reliability} 1 (unreliable) to 5 (reliable); the service checks lengths and ranges.
 */
record AddSourceRequest(@NotNull(message = "api.field.required") String url,
        @NotNull(message = "api.field.required") String title, String publisher,
        @NotNull(message = "api.field.required") SourceType type, String excerpt,
        @NotNull(message = "api.field.required") LocalDate accessed,
        @NotNull(message = "api.field.required") Stance stance,
        @NotNull(message = "api.field.required") Integer reliability) {

    AddSource toCommand(long claimId) {
        return new AddSource(claimId, url, title, publisher, type, excerpt, accessed, stance, reliability);
    }
}
