package app.factdesk.verdict;

import java.time.Instant;
import java.time.LocalDate;

/** A source as panels and the review queue show it; the file fields are null when nothing was uploaded. */
public record SourceRow(long id, long claimId, String url, String title, String publisher, SourceType type,
        String excerpt, LocalDate accessedOn, Stance stance, int reliability, String fileName, String fileMediaType,
        Long fileSize, String fileSha256, String addedByName, Instant addedAt) {

    public boolean hasFile() {
        return fileSha256 != null;
    }

    /** Where the file is downloaded, relative to the application root. */
    public String downloadPath() {
        return "evidence/" + id;
    }
}
