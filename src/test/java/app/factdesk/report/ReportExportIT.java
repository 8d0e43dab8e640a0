package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditService;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReportExportIT {

    @Autowired
    ReportDesk desks;
    @Autowired
    ExportService exports;
    @Autowired
    ReportSettingsService settings;
    @Autowired
    AuditService audit;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ObjectMapper json;
    @Autowired
    app.factdesk.attest.AttestationService attestation;
    @Autowired
    app.factdesk.security.ApiTokenService tokens;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private ReportDesk.Desk desk;

    @BeforeEach
    void freshDesk() {
        desk = desks.create();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private byte[] export(String username, ExportRequest request) {
        return users.as(username, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.download(request, (name, type) -> out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @Test
    void the_pdf_of_the_reference_article_holds_the_claim_quotes_in_text_order() throws Exception {
        byte[] pdf = export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.PDF, desk.articleId()));
        String peskov = users.as(desk.desk().editor(), () -> desk.desk().claimId() > 0
                ? exportsQuote(desk.publishedClaimId()) : null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squeeze(new PDFTextStripper().getText(document));
            int first = text.indexOf(squeeze(peskov));
            int second = text.indexOf(squeeze(desk.draftQuote()));
            assertThat(first).isNotNegative();
            assertThat(second).isGreaterThan(first);
            assertThat(text).contains("Auditreport").contains(squeeze("نفى الكرملين ذلك في بيان رسمي."));
            Path png = Path.of("target", "report-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
            assertThat(Files.size(png)).isPositive();
        }
    }

    @Autowired
    app.factdesk.claim.ClaimService claims;
    @Autowired
    app.factdesk.verdict.SourceService sources;
    @Autowired
    app.factdesk.article.ArticleService articles;

    @Test
    void the_pdf_names_values_in_words_lists_evidence_hashes_and_explains_missing_event_numbers() throws Exception {
        users.as(desk.desk().checker(), () -> articles.importArticle(
                app.factdesk.article.ImportArticle.ofText("Another article\n\nIts own claims."), true));
        var withFile = users.as(desk.desk().checker(), () -> sources.add(new app.factdesk.verdict.AddSource(
                desk.publishedClaimId(), "https://example.org/readout", "Readout snapshot", null,
                app.factdesk.verdict.SourceType.NEWS_REPORT, null, java.time.LocalDate.of(2021, 10, 14),
                app.factdesk.verdict.Stance.SUPPORTS, 4), new app.factdesk.verdict.EvidenceUpload("readout.txt",
                "Kremlin readout, 14 October 2021\n".getBytes(StandardCharsets.UTF_8))));

        byte[] pdf = export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.PDF, desk.articleId()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("Published", "Mostly false", "News report", "Official statement", "Supports",
                    "Normal priority", "Verdict proposed");
            assertThat(text).doesNotContain("PUBLISHED", "NEWS_REPORT", "OFFICIAL_STATEMENT", "SUPPORTS", "NORMAL",
                    "claim.verdict_proposed", "docs/", "()");
            assertThat(flat).contains("Evidence file: readout.txt").contains("SHA-256: " + withFile.fileSha256());
            assertThat(flat).containsPattern("Events? #\\d+( to #\\d+)? concerns? other objects of the workspace\\.");
        }
    }

    @Test
    void the_pdf_is_tagged_and_its_text_layer_gives_the_arabic_letters_as_written() throws Exception {
        byte[] pdf = export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.PDF, desk.articleId()));
        String peskov = users.as(desk.desk().editor(), () -> exportsQuote(desk.publishedClaimId()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "reference-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Audit report");

            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws java.io.IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            assertThat(glyphs.codePoints().filter(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF))
                    .as("presentation forms in the text layer").isEmpty();
            assertThat(glyphs.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .hasSizeGreaterThan(100);

            String lines = text.replaceAll("\\s+", " ");
            for (String source : List.of(peskov, desk.draftQuote(), "نفى الكرملين ذلك في بيان رسمي.")) {
                for (String word : source.replace('\u00A0', ' ').split("\\s+")) {
                    assertThat(lines).as("extracted text holds the word as written").contains(word);
                }
            }
        }
    }


    /** An article of {@code count} sentences with a claim on each, made by the desk's fact-checker. */
    private long longArticle(String title, int count) {
        return users.as(desk.desk().checker(), () -> {
            long id = articles.importArticle(new app.factdesk.article.ImportArticle(title,
                    app.factdesk.ManyClaims.body(count), "en", null, null, null, null, null), true);
            app.factdesk.ManyClaims.claimEach(articles, claims, id, count);
            return id;
        });
    }

    private String exportsQuote(long claimId) {
        return claims.find(claimId).orElseThrow().anchor().exact();
    }

    @Test
    void a_long_pdf_is_written_part_by_part_and_reads_and_verifies_as_one_signed_tagged_document() throws Exception {
        // 60 claims: three layout parts of 25 in the tests (factdesk.exports.pdf-claims-per-part), each written out
        // and dropped before the next (ADR 023); fetched as a script would, over HTTP with a token.
        int count = 60;
        long article = longArticle("A long article", count);
        String token = users.as(desk.desk().editor(), () -> tokens.create("long pdf").secret());
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/exports/articles/" + article + "/report.pdf"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] pdf = response.body();

        var verdict = attestation.verify(pdf);
        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(CrossReferences.check(pdf)).as("the file's and the signature's offsets").isGreaterThan(10);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("footer of page " + page).contains(page + " / " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String text = stripper.getText(document);
            int at = -1;
            for (int n = 1; n <= count; n++) {
                int next = text.indexOf("Rates rose " + (n - 1) + " points");
                assertThat(next).as("claim " + n + " after claim " + (n - 1)).isGreaterThan(at);
                at = next;
            }
            var tree = document.getDocumentCatalog().getStructureTreeRoot();
            assertThat(tree.getKids()).as("one Document element for the three parts").hasSize(1);
            java.util.Set<Integer> keys = tree.getParentTree().getNumbers().keySet();
            for (var page : document.getPages()) {
                assertThat(keys).as("page's marked content in the one tree").contains(page.getStructParents());
            }
            long fonts = document.getDocument().getObjectsByType(org.apache.pdfbox.cos.COSName.FONT).stream()
                    .filter(font -> org.apache.pdfbox.cos.COSName.TYPE0.equals(((org.apache.pdfbox.cos.COSDictionary)
                            font.getObject()).getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))).count();
            assertThat(fonts).as("the two fonts written once for all parts, not once per part").isEqualTo(2);
        }
    }

    @Autowired
    ExportWriter writer;
    @Autowired
    app.factdesk.verification.TaskService tasks;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_report_is_read_from_one_snapshot_so_what_others_write_meanwhile_is_not_in_it() throws Exception {
        // The claims and events are read in pages while the PDF is written. After the claims are read and before the
        // events are, a fact-checker edits a claim in another transaction: the new statement and its audit event
        // must not be in the report, which holds the events it counted when it started and names the chain head it
        // read then. Which rows are read when may change, so the export's own transaction is also asked for its
        // isolation at that moment: only a repeatable-read snapshot keeps every later page consistent.
        int count = 30;
        long article = longArticle("An article edited meanwhile", count);
        var first = users.as(desk.desk().checker(), () -> claims.ofArticle(article).get(0));
        boolean[] edited = {false};
        String[] isolation = {null};
        ExportProgress editMeanwhile = (done, total) -> {
            if (edited[0]) {
                return;
            }
            edited[0] = true;
            isolation[0] = jdbc.queryForObject("select current_setting('transaction_isolation')", String.class);
            Thread other = new Thread(() -> users.as(desk.desk().checker(), () -> claims.edit(first.id(),
                    first.version(), new app.factdesk.claim.ClaimFields("Edited while the report was written",
                            first.claimant(), first.claimDate(), first.priority(), first.tags()))));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.as(desk.desk().editor(), () -> {
            try {
                return writer.write(ExportRequest.ofArticle(ExportKind.PDF, article), (name, type) -> out,
                        editMeanwhile, false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(edited[0]).as("the edit ran while the report was written").isTrue();
        assertThat(isolation[0]).as("the export's transaction").isEqualTo("repeatable read");
        var after = users.as(desk.desk().checker(), () -> claims.find(first.id()).orElseThrow());
        assertThat(after.statement()).isEqualTo("Edited while the report was written");
        var editEvent = users.as(desk.desk().editor(), () -> audit.pageAfter(new AuditFilter(null, "claim.edited",
                "claim", Long.toString(first.id()), null, null), 0, 10)).get(0);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain("Edited while the report was written");
            var head = java.util.regex.Pattern.compile("Events in the workspace's chain: (\\d+)").matcher(text);
            assertThat(head.find()).isTrue();
            long chainHead = Long.parseLong(head.group(1));
            assertThat(editEvent.seq()).as("the edit came after the head the report names").isGreaterThan(chainHead);
            var events = java.util.regex.Pattern.compile("#(\\d+) \\d{4}-\\d\\d-\\d\\d").matcher(text);
            var header = java.util.regex.Pattern.compile("Audit events \\((\\d+)\\)").matcher(text);
            assertThat(header.find()).isTrue();
            long lines = 0;
            while (events.find()) {
                lines++;
                assertThat(Long.parseLong(events.group(1))).as("an event of the snapshot").isLessThanOrEqualTo(chainHead);
            }
            assertThat(lines).as("event lines, as many as the report counted").isEqualTo(Long.parseLong(header.group(1)))
                    .isPositive();
        }
    }

    @Test
    void progress_counts_each_claim_and_audit_event_and_reaches_its_total_when_the_file_is_complete() throws Exception {
        // The Exports page shows done / total while a background export runs: every claim and every audit event of
        // the report is a step, and the file's completion one more, so the bar moves through the events too and is
        // full when the file is, for an article's report, a range report and the PDF alike.
        int count = 30;
        long article = longArticle("An article to watch", count);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (ExportRequest request : List.of(ExportRequest.ofArticle(ExportKind.JSON, article),
                ExportRequest.ofRange(ExportKind.JSON, today.minusDays(1), today),
                ExportRequest.ofArticle(ExportKind.PDF, article))) {
            List<long[]> updates = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            users.as(desk.desk().editor(), () -> {
                try {
                    return writer.write(request, (name, type) -> out, (done, total) -> updates.add(
                            new long[] {done, total}), false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long steps;
            if (request.kind() == ExportKind.JSON) {
                JsonNode report = json.readTree(out.toByteArray());
                long claimCount = request.rangeReport()
                        ? java.util.stream.StreamSupport.stream(report.get("articles").spliterator(), false)
                                .mapToLong(a -> a.get("claims").size()).sum()
                        : report.get("claims").size();
                assertThat(claimCount).as(request.toString()).isGreaterThanOrEqualTo(count);
                steps = claimCount + report.get("auditEvents").size() + 1;
            } else {
                try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                    var header = java.util.regex.Pattern.compile("Audit events \\((\\d+)\\)")
                            .matcher(new PDFTextStripper().getText(document));
                    assertThat(header.find()).isTrue();
                    steps = count + Long.parseLong(header.group(1)) + 1;
                }
            }
            assertThat(updates).as(request + ": progress was reported").isNotEmpty();
            assertThat(updates).as(request + ": one total, the report's claims and events and the finished file")
                    .allSatisfy(u -> assertThat(u[1]).isEqualTo(steps));
            for (int i = 1; i < updates.size(); i++) {
                assertThat(updates.get(i)[0]).as(request + ": steps only go forward")
                        .isGreaterThan(updates.get(i - 1)[0]);
            }
            assertThat(updates.get(updates.size() - 2)[0]).as(request + ": every row read, the file not yet finished")
                    .isEqualTo(steps - 1);
            assertThat(updates.get(updates.size() - 1)[0]).as(request + ": the last step is the total").isEqualTo(steps);
        }
    }

    @Test
    void a_pdf_of_more_claims_than_one_report_holds_is_refused_with_a_message_and_records_nothing() throws Exception {
        int count = app.factdesk.ManyClaims.OVER_THE_PDF_LIMIT; // the limit is 300 in the tests, 10,000 in production
        long article = longArticle("A very long article", count);
        long eventsBefore = users.as(desk.desk().editor(), () -> audit.head().count());

        assertThatThrownBy(() -> export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.PDF, article)))
                .isInstanceOf(app.factdesk.shared.UserFacingException.class)
                .hasMessage("export.pdf-too-many-claims");
        // The same refusal over real HTTP, as a script with a token gets it: a 422 with the message, no file.
        String token = users.as(desk.desk().editor(), () -> tokens.create("pdf limit").secret());
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/exports/articles/" + article + "/report.pdf"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(json.readTree(response.body()).toString()).contains("export.pdf-too-many-claims")
                .contains("at most 300 claims");
        assertThat(users.as(desk.desk().editor(), () -> audit.head().count())).as("no export recorded")
                .isEqualTo(eventsBefore + 1); // the token's creation only

        JsonNode report = json.readTree(export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.JSON,
                article)));
        assertThat(report.at("/claims").size()).as("the JSON report holds them all").isEqualTo(count);
    }

    @Test
    void the_csv_neutralises_formulas_keeps_the_no_break_space_and_round_trips() throws Exception {
        byte[] csv = export(desk.desk().editor(), ExportRequest.auditCsv(null, null, true));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")").doesNotContain(",=HYPERLINK");
        assertThat(text).contains(desk.draftQuote().replace("\"", "\"\""));
        assertThat(new String(csv, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(csv);

        List<List<String>> expected = new ArrayList<>();
        users.as(desk.desk().editor(), () -> audit.streamFields(AuditFilter.NONE,
                row -> expected.add(java.util.Arrays.stream(row.cells()).map(c -> c == null ? "" : c).toList())));
        List<List<String>> parsed = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, AuditCsv.FORMAT.builder().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                parsed.add(record.stream().map(ReportExportIT::unneutralise).toList());
            }
        }
        assertThat(parsed).isEqualTo(expected.subList(0, parsed.size()));
        assertThat(parsed.size()).isGreaterThan(5);
    }

    private static String unneutralise(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    @Test
    void claim_review_is_emitted_with_typed_fields_for_the_published_verdict_only() throws Exception {
        users.as(desk.desk().admin(), () -> settings.save(new ReportSettingsRow("Fact Desk Checks",
                "https://example.org", "https://example.org/fact-checks/{claimId}")));
        JsonNode reviews = json.readTree(export(desk.desk().editor(),
                ExportRequest.ofArticle(ExportKind.CLAIM_REVIEW, desk.articleId())));
        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asText()).isEqualTo("https://example.org/fact-checks/" + desk.publishedClaimId());
        assertThat(review.get("claimReviewed").asText()).isEqualTo("Peskov said Putin and Biden had no contacts");
        assertThat(review.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(review.get("inLanguage").asText()).isEqualTo("ar");
        assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/author/name").asText()).isEqualTo("Fact Desk Checks");
        assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(review.at("/itemReviewed/author/name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(review.at("/reviewRating/ratingValue").isInt()).isTrue();
        assertThat(review.at("/reviewRating/bestRating").isInt()).isTrue();
        assertThat(review.at("/reviewRating/worstRating").isInt()).isTrue();
        assertThat(review.at("/reviewRating/alternateName").asText()).matches(".*\\p{IsArabic}.*");
    }

    @Test
    void claim_review_needs_the_publisher_settings_first() {
        assertThatThrownBy(() -> export(desk.desk().editor(),
                ExportRequest.ofArticle(ExportKind.CLAIM_REVIEW, desk.articleId())))
                .isInstanceOf(UserFacingException.class).hasMessage("export.settings-missing");
    }

    @Test
    void the_json_report_has_a_schema_version_and_w3c_selectors() throws Exception {
        users.as(desk.desk().editor(), () -> tasks.create(new app.factdesk.verification.NewTask(
                desk.draftClaimId(), "Find the transcript", null, null, null, false)));
        byte[] file = export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.JSON, desk.articleId()));
        JsonNode report = json.readTree(file);
        // The events about the article, its claims, and the claims' verdicts, sources and tasks.
        assertThat(report.get("auditEvents")).extracting(e -> e.get("objectType").asText())
                .contains("article", "claim", "verdict", "source", "task");
        // Streamed (ADR 023): written in canonical form, the signed payload itself, with the signature last; the
        // verifier recomputes the payload from the parsed file and checks the signature over it.
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"article\":{").doesNotContain("\n  ").endsWith("}}");
        List<String> members = new java.util.ArrayList<>();
        report.fieldNames().forEachRemaining(members::add);
        assertThat(members.subList(0, members.size() - 1)).as("members in canonical order").isSorted()
                .contains("article", "claims", "auditEvents", "chain", "chainHead", "schemaVersion");
        assertThat(members.get(members.size() - 1)).isEqualTo("signature");
        app.factdesk.attest.verify.Verdict verdict = users.as(desk.desk().editor(), () -> attestation.verify(file));
        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(verdict.events()).isEqualTo(report.get("auditEvents").size());
        assertThat(report.get("schemaVersion").asText()).isEqualTo("factdesk-report/1");
        JsonNode selectors = report.at("/claims/1/target/selector");
        assertThat(selectors.get(0).get("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(selectors.get(1).get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(selectors.get(1).get("exact").asText()).isEqualTo(desk.draftQuote());
        assertThat(report.at("/claims/0/verdicts/0/status").asText()).isEqualTo("PUBLISHED");
        assertThat(report.get("auditEvents").size()).isPositive();
        assertThat(report.at("/chainHead/hash").asText()).hasSize(64);
    }

    @Test
    void viewers_and_checkers_may_not_export() {
        String viewer = fixtures.addMember(desk.desk().other(), Role.VIEWER, "Vera Viewer");
        for (String username : List.of(viewer, desk.desk().checker())) {
            assertThatThrownBy(() -> export(username, ExportRequest.ofArticle(ExportKind.PDF, desk.articleId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export(username, ExportRequest.auditCsv(null, null, false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_workspaces_article_is_not_found() {
        TwoWorkspaces.Other elsewhere = fixtures.createOther();
        assertThatThrownBy(() -> export(desk.desk().editor(),
                ExportRequest.ofArticle(ExportKind.JSON, elsewhere.articleId())))
                .hasMessage("export.article-not-found");
    }

    @Test
    void every_export_leaves_an_audit_event() {
        export(desk.desk().editor(), ExportRequest.ofArticle(ExportKind.JSON, desk.articleId()));
        export(desk.desk().editor(), ExportRequest.auditCsv(null, null, false));
        var events = users.as(desk.desk().editor(),
                () -> audit.page(new AuditFilter(null, "export.", null, null, null, null), 0, 10));
        assertThat(events).extracting(e -> e.action()).containsExactly("export.downloaded", "export.downloaded");
        assertThat(events.get(0).objectId()).endsWith(".csv");
        assertThat(events.get(1).after()).contains("\"kind\": \"JSON\"").contains("sha256");
    }
}
