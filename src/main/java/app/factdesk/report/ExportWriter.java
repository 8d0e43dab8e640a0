package app.factdesk.report;

import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditService;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.RatingScaleService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import app.factdesk.attest.AttestationService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one export inside one read-only, repeatable-read transaction: the report's claims and events are read in
 * pages while it is written ({@link Rows}), and every page sees the same snapshot as the counts and the chain head
 * read first (and the CSV's cursor needs a transaction too).
 */
@Component
class ExportWriter {

    private final ReportAssembler assembler;
    private final PdfReport pdf;
    private final JsonReport json;
    private final ClaimReviews claimReviews;
    private final ReportSettingsService settings;
    private final RatingScaleService ratings;
    private final AuditService audit;
    private final ObjectMapper mapper;
    private final AttestationService attestation;
    /**
     * The most claims one PDF report holds (more are refused with a message pointing to the JSON report and the CSV
     * export, which stream). The tagged PDF keeps a structure element and a property list per text run until it is
     * saved, so PDF reports in progress share this many claims between them ({@link ClaimBudget}; ADR 023).
     */
    private final int pdfMaxClaims;
    private final ClaimBudget pdfBudget;
    /**
     * Audit events counted as one claim in the budget: an event is one line of up to three text runs, a claim four
     * blocks and about eight runs.
     */
    private static final int EVENTS_PER_CLAIM = 4;

    ExportWriter(ReportAssembler assembler, PdfReport pdf, JsonReport json, ClaimReviews claimReviews,
            ReportSettingsService settings, RatingScaleService ratings, AuditService audit, ObjectMapper mapper,
            AttestationService attestation, @Value("${factdesk.exports.pdf-max-claims}") int pdfMaxClaims) {
        if (pdfMaxClaims < 1) {
            throw new IllegalArgumentException("factdesk.exports.pdf-max-claims must be at least 1, not "
                    + pdfMaxClaims);
        }
        this.attestation = attestation;
        this.pdfMaxClaims = pdfMaxClaims;
        this.pdfBudget = new ClaimBudget(pdfMaxClaims);
        this.assembler = assembler;
        this.pdf = pdf;
        this.json = json;
        this.claimReviews = claimReviews;
        this.settings = settings;
        this.ratings = ratings;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The most claims one PDF report holds ({@code factdesk.exports.pdf-max-claims}). */
    public int pdfMaxClaims() {
        return pdfMaxClaims;
    }

    /**
     * Writes the export. A PDF whose claims do not fit the budget left by the PDFs being written ({@link ClaimBudget})
     * waits for them when {@code waitForOthers} (background exports: at most {@code factdesk.exports.concurrency} at
     * once) and is refused with {@code export.pdf-busy} otherwise (downloads), so that waiting requests never hold
     * the pool's connections.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ExportResult write(ExportRequest request, ExportTarget target, ExportProgress progress,
            boolean waitForOthers) throws IOException {
        requireSnapshot();
        request.check();
        if (request.kind() == ExportKind.CSV) {
            return csv(request, target, progress);
        }
        ReportSettingsRow publisher = request.kind() == ExportKind.CLAIM_REVIEW
                ? settings.settings().orElseThrow(() -> new UserFacingException("export.settings-missing")) : null;
        WithLastStep steps = new WithLastStep(progress);
        Report report = assembler.assemble(request, steps);
        if (request.kind() == ExportKind.PDF && report.claims().size() > pdfMaxClaims) {
            throw new UserFacingException("export.pdf-too-many-claims", pdfMaxClaims);
        }
        try (CountingDigestStream out = new CountingDigestStream(ExportTarget.openedAtFirstByte(target,
                request.fileName(), request.kind().mediaType()))) {
            switch (request.kind()) {
                case PDF -> signedPdf(report, out, waitForOthers);
                case JSON -> json.write(report, out);
                case CLAIM_REVIEW -> mapper.writerWithDefaultPrettyPrinter().writeValue(out,
                        claimReviews.of(report, publisher, ratings.settings()));
                default -> throw new IllegalStateException(request.kind().name());
            }
            out.flush();
            steps.finished();
            return out.result(report.claims().size());
        }
    }

    /**
     * A report's progress (its claims and audit events, counted as they are read) with one more step for what follows
     * the last row: the last part's layout, the signature and the file's last bytes. The bar is full when the file is.
     */
    private static final class WithLastStep implements ExportProgress {
        private final ExportProgress progress;
        private long total;

        WithLastStep(ExportProgress progress) {
            this.progress = progress;
        }

        @Override
        public void update(long done, long total) {
            this.total = total;
            progress.update(done, total + 1);
        }

        void finished() {
            progress.update(total + 1, total + 1);
        }
    }

    /** The ClaimReview JSON-LD of one claim's published verdict; empty without one or without a publisher set. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public java.util.Optional<com.fasterxml.jackson.databind.node.ObjectNode> claimReview(long articleId,
            long claimId) {
        requireSnapshot();
        java.util.Optional<ReportSettingsRow> publisher = settings.settings();
        if (publisher.isEmpty()) {
            return java.util.Optional.empty();
        }
        Report report = assembler.assemble(ExportRequest.ofArticle(ExportKind.CLAIM_REVIEW, articleId),
                ExportProgress.NONE);
        return claimReviews.ofClaim(report, claimId, publisher.get(), ratings.settings());
    }

    /**
     * The report's pages must all see one snapshot. Called inside an existing transaction, this method would join it
     * with that transaction's isolation: refused rather than written from a moving desk.
     */
    private static void requireSnapshot() {
        Integer isolation = org.springframework.transaction.support.TransactionSynchronizationManager
                .getCurrentTransactionIsolationLevel();
        if (isolation == null || isolation != java.sql.Connection.TRANSACTION_REPEATABLE_READ) {
            throw new IllegalStateException("an export must run in its own repeatable-read transaction");
        }
    }

    /** The PDF, signed as a PDF (PAdES, ADR 018) naming the chain head it reports up to. */
    private void signedPdf(Report report, OutputStream out, boolean waitForOthers) throws IOException {
        int weight = report.claims().size() + report.events().size() / EVENTS_PER_CLAIM;
        try (ClaimBudget.Held held = waitForOthers ? pdfBudget.hold(weight) : pdfBudget.holdNow(weight)
                .orElseThrow(() -> new UserFacingException("export.pdf-busy"))) {
            // The rendered PDF waits in a file to be signed: a 10,000-claim report is several MB (ADR 023).
            java.nio.file.Path rendered = java.nio.file.Files.createTempFile("factdesk-report-", ".pdf");
            try {
                try (OutputStream file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(rendered),
                        1 << 16)) {
                    pdf.write(report, file);
                }
                attestation.signPdf(rendered, "chain head " + report.chainHead().count() + " "
                        + report.chainHead().hash(), out);
            } finally {
                java.nio.file.Files.deleteIfExists(rendered);
            }
        }
    }

    private ExportResult csv(ExportRequest request, ExportTarget target, ExportProgress progress) throws IOException {
        AuditFilter filter = new AuditFilter(null, null, null, null, request.from(), request.to());
        long total = audit.count(filter);
        long[] events = {0, -1};
        CountingDigestStream out = new CountingDigestStream(target.open(request.fileName(), request.kind().mediaType()));
        try (out; AuditCsv csv = new AuditCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16), request.bom())) {
            audit.streamFields(filter, row -> {
                if (row.seq() != events[1]) {
                    events[1] = row.seq();
                    if (++events[0] % 10_000 == 0) {
                        progress.update(events[0], total);
                    }
                }
                csv.write(row);
            });
        }
        progress.update(events[0], total);
        return out.result(events[0]);
    }
}
