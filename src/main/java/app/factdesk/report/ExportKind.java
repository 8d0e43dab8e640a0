package app.factdesk.report;

/** What an export produces, with its file extension and media type. */
public enum ExportKind {
    PDF("pdf", "application/pdf", true),
    JSON("json", "application/json", true),
    CLAIM_REVIEW("jsonld", "application/ld+json", true),
    CSV("csv", "text/csv; charset=UTF-8", false);

    private final String extension;
    private final String mediaType;
    private final boolean ofArticle;

    ExportKind(String extension, String mediaType, boolean ofArticle) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.ofArticle = ofArticle;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for the exports of one article; the CSV covers the workspace's audit log in a date range. */
    public boolean ofArticle() {
        return ofArticle;
    }
}
