package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.article.ArticleDetails;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ChainHead;
import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.Priority;
import app.factdesk.verdict.RatingLabelRow;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictStatus;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderer alone, on read models of the shapes a report holds: layout rules that need no database. */
class PdfReportTest {

    private static final Instant WHEN = Instant.parse("2026-12-03T10:15:00Z");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\h+\\d{2}:\\d{2}\\h+UTC");
    private static final Pattern TIME_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?=\\s|\\h)");

    @Test
    void a_date_and_time_never_breaks_across_lines_whatever_comes_before_it() throws Exception {
        List<ClaimReport> claims = new ArrayList<>();
        RatingLabelRow rating = new RatingLabelRow(1, 1, "Mostly false", "خاطئ في معظمه", 2, "#c62828", null, false, 0);
        for (int n = 0; n < 60; n++) {
            String proposer = "Chadi " + "Checker-".repeat(1 + n / 8) + "x".repeat(n % 8);
            claims.add(new ClaimReport(new ClaimDetails(n, 1, "Claim " + n, null, null, Priority.NORMAL, List.of(),
                    new Anchor(0, 8, "الكرملين", "", ""), "MANUAL", null, ClaimState.PUBLISHED, null, WHEN, WHEN, 0),
                    List.of(new VerdictRow(n, n, rating, "Rationale", VerdictStatus.PUBLISHED, false, 7, proposer,
                            WHEN, 1, List.of(), List.of(), null, null, null, null)),
                    List.of(), List.of()));
        }
        String text = render(claims, List.of());

        int times = count(TIME.matcher(text));
        assertThat(times).as("every proposal time whole on its line").isEqualTo(count(TIME_START.matcher(text)))
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void missing_event_numbers_are_explained_as_events_of_other_objects() throws Exception {
        List<AuditRow> events = List.of(event(3), event(4), event(9), event(11));
        String text = render(List.of(), events).replaceAll("\\s+", " ");
        assertThat(text).contains("Events #5 to #8 concern other objects of the workspace.")
                .contains("Event #10 concerns other objects of the workspace.")
                .contains("where numbers are missing, those events concern other articles and claims");
    }

    @Test
    void a_report_laid_out_in_parts_reads_as_one_document_with_its_pages_numbered_and_tagged() throws Exception {
        List<ClaimReport> claims = new ArrayList<>();
        for (int n = 0; n < 45; n++) {
            claims.add(new ClaimReport(new ClaimDetails(n, 1, "Statement " + n, null, null, Priority.NORMAL,
                    List.of(), new Anchor(0, 8, "الكرملين", "", ""), "MANUAL", null, ClaimState.DRAFT, null, WHEN, WHEN,
                    0), List.of(), List.of(), List.of()));
        }
        List<AuditRow> events = new ArrayList<>();
        for (long seq = 1; seq <= 250; seq++) {
            events.add(event(seq));
        }
        ArticleDetails article = new ArticleDetails(1, "الكرملين: لا اتصالات جديدة", "الكرملين", "ar", "rtl",
                "Sputnik", null, null, null, WHEN, 0);
        Report report = new Report(WHEN, "Ema Editor", 1L, "Desk", null, null,
                List.of(new ArticleReport(article, claims)), events, new ChainHead(250, "a".repeat(64)));
        assertThat(ReportHtml.parts(report, 20, 100))
                .as("20 claims, 20 claims, 5 claims and 100 events, 100 events, 50 events").hasSize(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(report, out, 20, 100);

        // Written part by part (StreamedPdf): every cross-reference points at its object (readers would repair a
        // wrong one silently).
        assertThat(CrossReferences.check(out.toByteArray())).isGreaterThan(10);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(6);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("footer of page " + page)
                        .contains(page + " / " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String text = stripper.getText(document);
            int at = -1;
            for (int n = 1; n <= 45; n++) {
                int next = text.indexOf("Claim " + n + " ·");
                assertThat(next).as("claim " + n + " after claim " + (n - 1)).isGreaterThan(at);
                at = next;
            }
            assertThat(text).contains("#1 ").contains("#250 ").contains("Head hash (SHA-256)")
                    .as("Arabic reads as its base letters").contains("الكرملين");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getStructureTreeRoot().getKids()).as("the parts' structure trees, merged").isNotEmpty();
            var keys = catalog.getStructureTreeRoot().getParentTree().getNumbers().keySet();
            java.util.Set<Integer> pageKeys = new java.util.HashSet<>();
            for (var page : document.getPages()) {
                assertThat(pageKeys.add(page.getStructParents())).as("each page its own parent-tree key: " + pageKeys
                        + " and " + page.getStructParents()).isTrue();
            }
            assertThat(keys).as("every page's marked content has its parents in the one tree")
                    .containsAll(pageKeys);
            assertThat(catalog.getStructureTreeRoot().getParentTreeNextKey()).isGreaterThan(
                    pageKeys.stream().mapToInt(Integer::intValue).max().orElseThrow());
            assertThat(catalog.getStructureTreeRoot().getKids()).as("one Document element").hasSize(1);
            var documentElement = ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                    catalog.getStructureTreeRoot().getKids().get(0)).getCOSObject();
            var lastPage = document.getPage(pages - 1);
            var parents = (org.apache.pdfbox.cos.COSArray) catalog.getStructureTreeRoot().getParentTree()
                    .getNumbers().get(lastPage.getStructParents()).getCOSObject();
            org.apache.pdfbox.cos.COSDictionary element = (org.apache.pdfbox.cos.COSDictionary) parents.getObject(0);
            int depth = 0;
            while (element != null && element != documentElement && depth++ < 50) {
                element = element.getCOSDictionary(org.apache.pdfbox.cos.COSName.P);
            }
            assertThat(element).as("the last page's text sits in the one Document element").isSameAs(documentElement);

            // openhtmltopdf marks the background of every box, drawn or not, as an artifact with a bounding box of
            // its own: on every page they share one Layout entry, and the text runs' property lists are written
            // inline, not as objects of their own (ADR 023).
            for (var page : document.getPages()) {
                var properties = page.getResources().getCOSObject().getCOSDictionary(
                        org.apache.pdfbox.cos.COSName.PROPERTIES);
                assertThat(properties.getCOSDictionary(PdfReport.PageProperties.BOX_ARTIFACT)
                        .getCOSName(org.apache.pdfbox.cos.COSName.TYPE).getName()).isEqualTo("Layout");
                assertThat(properties.getValues()).as("no property list of its own per box background")
                        .noneMatch(value -> value instanceof org.apache.pdfbox.cos.COSDictionary list
                                && org.apache.pdfbox.cos.COSName.BACKGROUND.equals(
                                        list.getCOSName(org.apache.pdfbox.cos.COSName.TYPE)))
                        .as("written inline").allMatch(value -> value instanceof org.apache.pdfbox.cos.COSDictionary);
                assertThat(new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as("the boxes' backgrounds and borders are still artifacts").contains("/Artifact /Box BDC");
            }
            assertThat(document.getDocumentInformation().getSubject())
                    .as("a subject, which openhtmltopdf's accessibility check asks for")
                    .isEqualTo(ReportHtml.DESCRIPTION);
            // Signing reloads the PDF, and PDFBox indexes every object key each time it opens an object stream: the
            // objects go into streams of up to OBJECTS_PER_STREAM, not PDFBox's default 100 (ADR 023).
            var offsets = document.getDocument().getXrefTable().values();
            long compressed = offsets.stream().filter(offset -> offset < 0).count();
            long streams = offsets.stream().filter(offset -> offset < 0).distinct().count();
            assertThat(compressed).as("more objects in object streams than PDFBox's default puts in one")
                    .isGreaterThan(100);
            assertThat(streams).as(compressed + " objects in object streams")
                    .isEqualTo((compressed + PdfReport.OBJECTS_PER_STREAM - 1) / PdfReport.OBJECTS_PER_STREAM);
        }
    }

    private static AuditRow event(long seq) {
        return new AuditRow(seq, seq, WHEN, "editor", "claim.propose_verdicted", "claim", "1", "UI", null, null,
                "0".repeat(64), 1L, null, "0".repeat(64));
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String render(List<ClaimReport> claims, List<AuditRow> events) throws Exception {
        ArticleDetails article = new ArticleDetails(1, "الكرملين: لا اتصالات جديدة", "الكرملين", "ar", "rtl", "Sputnik",
                null, null, null, WHEN, 0);
        Report report = new Report(WHEN, "Ema Editor", 1L, "Desk", null, null,
                List.of(new ArticleReport(article, claims)), events, new ChainHead(11, "a".repeat(64)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(report, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
