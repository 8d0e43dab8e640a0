package app.factdesk.report;

/** What an export produces, with its file extension and media type, and what it can cover. */
public enum ExportKind {
    PDF("pdf", "application/pdf", true, true),
    JSON("json", "application/json", true, true),
    CLAIM_REVIEW("jsonld", "application/ld+json", true, false),
    CSV("csv", "text/csv; charset=UTF-8", false, true);

    private final String extension;
    private final String mediaType;
    private final boolean ofArticle;
    private final boolean ofRange;

    ExportKind(String extension, String mediaType, boolean ofArticle, boolean ofRange) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.ofArticle = ofArticle;
        this.ofRange = ofRange;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for the exports that can cover one article (PDF, JSON, ClaimReview). */
    public boolean ofArticle() {
        return ofArticle;
    }

    /** True for the exports that can cover the workspace in a UTC date range (PDF, JSON, CSV). */
    public boolean ofRange() {
        return ofRange;
    }

    /** True for the audit reports, which cover either one article or a date range (PDF, JSON). */
    public boolean report() {
        return ofArticle && ofRange;
    }
}
