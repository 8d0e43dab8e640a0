package app.factdesk.report;

import app.factdesk.shared.UserFacingException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One export to make. An audit report (PDF, JSON) covers one article ({@code articleId}) or the workspace between
 * two UTC days ({@code from} and {@code to}, both included, at most {@value #MAX_REPORT_DAYS} days); ClaimReview
 * covers one article; the CSV covers the audit log between two optional UTC days ({@code bom} puts a UTF-8 byte
 * order mark first, so Excel reads the file as UTF-8; the API and the Exports page set it unless asked not to).
 */
public record ExportRequest(@NotNull ExportKind kind, Long articleId, LocalDate from, LocalDate to, boolean bom) {

    /** The longest date range a report covers, in days (both ends included). */
    public static final int MAX_REPORT_DAYS = 366;

    public static ExportRequest ofArticle(ExportKind kind, long articleId) {
        return new ExportRequest(kind, articleId, null, null, false);
    }

    /** An audit report (PDF or JSON) of the workspace between two UTC days, both included. */
    public static ExportRequest ofRange(ExportKind kind, LocalDate from, LocalDate to) {
        return new ExportRequest(kind, null, from, to, false);
    }

    public static ExportRequest auditCsv(LocalDate from, LocalDate to, boolean bom) {
        return new ExportRequest(ExportKind.CSV, null, from, to, bom);
    }

    /** True for a report of the workspace in a date range rather than of one article. */
    public boolean rangeReport() {
        return kind.report() && articleId == null;
    }

    /**
     * Refuses an article export without an article, a range that ends before it starts, and a report with neither
     * an article nor both days of a range, with both, or with a range longer than {@value #MAX_REPORT_DAYS} days.
     */
    void check() {
        if (!kind.ofRange() && articleId == null) {
            throw new UserFacingException("export.article-required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserFacingException("export.range-invalid");
        }
        if (kind.report()) {
            if (articleId != null && (from != null || to != null)) {
                throw new UserFacingException("export.article-or-range");
            }
            if (articleId == null && (from == null || to == null)) {
                throw new UserFacingException("export.range-required");
            }
            if (articleId == null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_REPORT_DAYS) {
                throw new UserFacingException("export.range-too-long", MAX_REPORT_DAYS);
            }
        }
    }

    /** A file name made only of ASCII letters, digits, dots and dashes. */
    public String fileName() {
        if (kind.ofArticle() && articleId != null) {
            String stem = kind == ExportKind.CLAIM_REVIEW ? "claim-review" : "audit-report";
            return stem + "-article-" + articleId + "." + kind.extension();
        }
        if (kind.report()) {
            return "audit-report-" + from + "-to-" + to + "." + kind.extension();
        }
        return "audit-events" + (from == null ? "" : "-from-" + from) + (to == null ? "" : "-to-" + to) + ".csv";
    }
}
