package app.factdesk.report;

import app.factdesk.shared.UserFacingException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One export to make: of an article ({@code articleId}, for PDF, JSON and ClaimReview) or of the audit log between
 * two UTC days, both optional and included (CSV; {@code bom} puts a UTF-8 byte order mark first for spreadsheets).
 */
public record ExportRequest(@NotNull ExportKind kind, Long articleId, LocalDate from, LocalDate to, boolean bom) {

    public static ExportRequest ofArticle(ExportKind kind, long articleId) {
        return new ExportRequest(kind, articleId, null, null, false);
    }

    public static ExportRequest auditCsv(LocalDate from, LocalDate to, boolean bom) {
        return new ExportRequest(ExportKind.CSV, null, from, to, bom);
    }

    /** Refuses an article export without an article and a range that ends before it starts. */
    void check() {
        if (kind.ofArticle() && articleId == null) {
            throw new UserFacingException("export.article-required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserFacingException("export.range-invalid");
        }
    }

    /** A file name made only of ASCII letters, digits, dots and dashes. */
    public String fileName() {
        if (kind.ofArticle()) {
            String stem = kind == ExportKind.CLAIM_REVIEW ? "claim-review" : "audit-report";
            return stem + "-article-" + articleId + "." + kind.extension();
        }
        return "audit-events" + (from == null ? "" : "-from-" + from) + (to == null ? "" : "-to-" + to) + ".csv";
    }
}
