package app.factdesk.api;

import app.factdesk.article.ArticleService;
import app.factdesk.report.ExportFile;
import app.factdesk.report.ExportJobRow;
import app.factdesk.report.ExportJobService;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "Audit reports (PDF, JSON), ClaimReview JSON-LD and audit events as CSV, at "
        + "once or in the background (editor and up); every export is an audit event.")
class ExportController {

    private final ArticleService articles;
    private final ExportService exports;
    private final ExportJobService jobs;

    ExportController(ArticleService articles, ExportService exports, ExportJobService jobs) {
        this.articles = articles;
        this.exports = exports;
        this.jobs = jobs;
    }

    @GetMapping("/articles/{id}/report.pdf")
    @Operation(summary = "The article's audit report as PDF")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        ofArticle(ExportKind.PDF, id, response);
    }

    @GetMapping("/articles/{id}/report.json")
    @Operation(summary = "The article's audit report as JSON (schemaVersion factdesk-report/1)")
    void json(@PathVariable long id, HttpServletResponse response) throws IOException {
        ofArticle(ExportKind.JSON, id, response);
    }

    @GetMapping("/articles/{id}/claim-review.jsonld")
    @Operation(summary = "ClaimReview JSON-LD of the article's published verdicts")
    void claimReview(@PathVariable long id, HttpServletResponse response) throws IOException {
        ofArticle(ExportKind.CLAIM_REVIEW, id, response);
    }

    @GetMapping("/report.pdf")
    @Operation(summary = "The workspace's audit report of a date range as PDF: claims with activity between the UTC "
            + "days from and to (both included, at most 366 days) by article, the range's audit events, the chain head")
    void rangePdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
            throws IOException {
        write(ExportRequest.ofRange(ExportKind.PDF, from, to), response);
    }

    @GetMapping("/report.json")
    @Operation(summary = "The workspace's audit report of a date range as JSON (schemaVersion factdesk-report/1, "
            + "scope range); from and to are UTC days, both included, at most 366 days")
    void rangeJson(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
            throws IOException {
        write(ExportRequest.ofRange(ExportKind.JSON, from, to), response);
    }

    @GetMapping("/audit-events.csv")
    @Operation(summary = "The workspace's audit events as CSV, one row per changed field, streamed; from and to are "
            + "UTC days, both included; the file starts with a UTF-8 byte order mark (for Excel) unless bom=false")
    void csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "true") boolean bom, HttpServletResponse response) throws IOException {
        write(ExportRequest.auditCsv(from, to, bom), response);
    }

    /** What to export in the background; a CSV starts with a byte order mark unless {@code bom} is false. */
    record JobRequest(ExportKind kind, Long articleId, LocalDate from, LocalDate to, Boolean bom) {
    }

    @PostMapping("/jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start an export in the background; poll it, then download its file")
    ExportJobRow submit(@RequestBody JobRequest body) {
        if (body.articleId() != null && articles.find(body.articleId()).isEmpty()) {
            throw new NotFoundException();
        }
        return jobs.submit(new ExportRequest(body.kind(), body.articleId(), body.from(), body.to(),
                body.kind() == ExportKind.CSV && !Boolean.FALSE.equals(body.bom())));
    }

    @GetMapping("/jobs")
    @Operation(summary = "The caller's background exports in this workspace, newest first")
    List<ExportJobRow> mine() {
        return jobs.mine();
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "One of the caller's background exports: status and progress")
    ExportJobRow job(@PathVariable String id) {
        return jobs.find(id).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/jobs/{id}/file")
    @Operation(summary = "The file of a finished background export; 404 until it is done")
    void file(@PathVariable String id, HttpServletResponse response) throws IOException {
        ExportFile file = jobs.download(id).orElseThrow(NotFoundException::new);
        headers(response, file.fileName(), file.mediaType());
        response.setContentLengthLong(file.size());
        try (InputStream in = file.open()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private void ofArticle(ExportKind kind, long id, HttpServletResponse response) throws IOException {
        if (articles.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        write(ExportRequest.ofArticle(kind, id), response);
    }

    private void write(ExportRequest request, HttpServletResponse response) throws IOException {
        exports.download(request, (fileName, mediaType) -> {
            headers(response, fileName, mediaType);
            return response.getOutputStream();
        });
    }

    private static void headers(HttpServletResponse response, String fileName, String mediaType) {
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
