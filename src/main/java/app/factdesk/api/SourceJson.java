package app.factdesk.api;

import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.SourceType;
import app.factdesk.verdict.Stance;
import java.time.Instant;
import java.time.LocalDate;

/** A source of a claim; the file fields are null when none was uploaded. {@code url} is stored normalized. */
record SourceJson(long id, long claimId, String url, String title, String publisher, SourceType type, String excerpt,
        LocalDate accessed, Stance stance, int reliability, String fileName, String fileMediaType, Long fileSize,
        String fileSha256, String addedBy, Instant addedAt) {

    static SourceJson of(SourceRow row) {
        return new SourceJson(row.id(), row.claimId(), row.url(), row.title(), row.publisher(), row.type(),
                row.excerpt(), row.accessedOn(), row.stance(), row.reliability(), row.fileName(),
                row.fileMediaType(), row.fileSize(), row.fileSha256(), row.addedByName(), row.addedAt());
    }
}
