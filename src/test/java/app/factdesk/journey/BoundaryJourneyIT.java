package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.Role;
import app.factdesk.verdict.AddSource;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.SourceType;
import app.factdesk.verdict.Stance;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskService;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input boundary in Chromium: evidence files at and past the documented 20 MB limit, hostile text in every
 * free-text form (refused at the field, never an error page), and route parameters that are not ids.
 */
class BoundaryJourneyIT extends BrowserJourney {

    private static final long MB = 1024 * 1024;
    private static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
    /** The refused part of the corpus as JSON string literals, decoded in the browser so no layer rewrites them. */
    private static final List<String> REFUSED = List.of("\"nul\\u0000inside\"", "\"lone \\ud800 high\"",
            "\"lone \\udc00 low\"", "\"bell\\u0007\"", "\"esc\\u001b[31m\"");
    /** Sets the value as typing or pasting would: an input event (eager fields sync on it), then a change event. */
    private static final String SET_VALUE = "(el, literal) => { el.value = JSON.parse(literal);"
            + " el.dispatchEvent(new CustomEvent('input', {bubbles: true}));"
            + " el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;
    @Autowired
    SourceService sources;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private int checkedPages;
    private int pagesWithExceptionText;
    private int fieldMessages;

    @Test
    void evidence_of_one_and_a_half_and_exactly_twenty_megabytes_is_kept_and_one_byte_more_is_refused()
            throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Uma Uploader");
        long claimId = claimOf(desk, checker);
        signIn(checker, TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/claims/" + claimId));

        addSourceWithFile(pdf("evidence-1.5mb.pdf", 3 * MB / 2), "https://example.org/one-and-a-half", true);
        addSourceWithFile(pdf("evidence-20mb.pdf", 20 * MB), "https://example.org/exactly-twenty", true);
        assertThat(ownerDatabase.jdbc().queryForList("select f.content is not null as stored, octet_length(f.content) as size from"
                + " source s join evidence_file f on f.source_id = s.id where s.claim_id = ? order by s.id",
                claimId).stream().map(row -> ((Number) row.get("size")).longValue()).toList())
                .containsExactly(3 * MB / 2, 20 * MB);

        addSourceWithFile(pdf("evidence-20mb-plus-one.pdf", 20 * MB + 1), "https://example.org/one-byte-more",
                false);
        assertThat(page.locator("#source-file-state")).containsText("20 MB");
        page.locator("#source-add").click();
        assertThat(page.locator("#source-file-state")).containsText("has not been uploaded");
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from source where claim_id = ?", Long.class, claimId))
                .as("a failed upload never becomes a source without its file").isEqualTo(2);
        screenshot("boundary-upload-refused");
    }

    @Test
    void hostile_text_in_every_form_is_refused_at_the_field_and_bad_ids_show_not_found() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Hana Hostile");
        long articleId = fixtures.importReference(desk);
        long claimId = claimOf(desk, checker);
        long verdictId = proposedVerdict(desk, checker, claimId);
        signIn(desk.adminUsername(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        long rowsBefore = rows();

        for (String id : List.of("abc", "1.5", "99999999999999999999", "-1", "0")) {
            for (String route : List.of("/claims/", "/articles/")) {
                page.navigate(url(route + id));
                assertThat(page.locator("#error-title")).hasText("Page not found");
                countExceptionText();
            }
        }
        int round = 0;
        for (String literal : REFUSED) {
            round++;
            refusedAt("/articles/import", "#import-body", "#import-submit", literal);
            refusedAt("/articles/import", "#import-title", "#import-submit", literal);
            refusedAt("/claims/" + claimId, "#task-title", "#task-create", literal);
            refusedAt("/claims/" + claimId, "#comment-draft", "#comment-post", literal);
            refusedAt("/claims/" + claimId, "#source-title", "#source-add", literal);
            refusedAt("/claims/" + claimId, "#verdict-return-reason-" + verdictId, "#verdict-return-" + verdictId,
                    literal);
            if (round <= 2) {
                page.navigate(url("/articles/" + articleId));
                page.getByRole(com.microsoft.playwright.options.AriaRole.TAB).nth(1).click();
                page.locator("#accept-suggestion-1").click();
                setAndSubmit("#claim-statement", "#claim-save", literal);
            }
        }
        page.navigate(url("/search?q=nul%00inside"));
        assertThat(page.locator("#search-query")).hasAttribute("invalid", "");
        countExceptionText();

        System.out.printf("UI fuzz: %d pages checked, %d field messages shown, %d pages with exception text%n",
                checkedPages, fieldMessages, pagesWithExceptionText);
        assertThat(pagesWithExceptionText).isZero();
        assertThat(rows()).as("nothing refused was stored").isEqualTo(rowsBefore);
    }

    private void refusedAt(String route, String field, String submit, String literal) {
        page.navigate(url(route));
        setAndSubmit(field, submit, literal);
    }

    private void setAndSubmit(String field, String submit, String literal) {
        Locator input = page.locator(field);
        input.evaluate(SET_VALUE, literal);
        if (submit != null) {
            page.locator(submit).click();
        }
        assertThat(input).hasAttribute("invalid", "");
        assertThat(input).containsText("not accepted");
        fieldMessages++;
        countExceptionText();
    }

    private void countExceptionText() {
        checkedPages++;
        String text = page.locator("body").innerText();
        if (text.contains("Exception") || text.contains("There was an exception") || text.contains("Something went")) {
            pagesWithExceptionText++;
        }
    }

    private long rows() {
        return ownerDatabase.jdbc().queryForObject("select (select count(*) from article) + (select count(*) from claim)"
                + " + (select count(*) from source) + (select count(*) from verdict)"
                + " + (select count(*) from verification_task) + (select count(*) from claim_comment)", Long.class);
    }

    private void addSourceWithFile(Path file, String sourceUrl, boolean accepted) {
        page.locator("#source-url input").fill(sourceUrl);
        page.locator("#source-title input").fill("Evidence " + file.getFileName());
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#source-upload [slot=add-button]").click());
        chooser.setFiles(file);
        if (!accepted) {
            assertThat(page.locator("#source-file-state")).containsText("larger than the limit",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            return;
        }
        assertThat(page.locator("#source-file-state")).containsText("File ready",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        page.locator("#source-add").click();
        assertThat(page.locator("#sources-list")).containsText("Evidence " + file.getFileName());
        page.locator("#source-upload").evaluate("el => { el.files = []; }");
    }

    private long claimOf(TwoWorkspaces.Other desk, String checker) {
        long articleId = ownerDatabase.jdbc().queryForObject("select max(id) from article where workspace_id = ?", Long.class,
                desk.workspaceId());
        String body = ownerDatabase.jdbc().queryForObject("select body from article where id = ?", String.class, articleId);
        long reference = body.contains(QUOTE) ? articleId : fixtures.importReference(desk);
        String text = TwoWorkspaces.referenceArticle();
        int start = text.indexOf(QUOTE);
        return users.as(checker, () -> claims.create(new CreateClaim(reference, start, start + QUOTE.length(), QUOTE,
                new ClaimFields("Moscow and Washington agreed to keep talking", "Dmitry Peskov", null, null,
                        List.of()), null)).id());
    }

    private long proposedVerdict(TwoWorkspaces.Other desk, String checker, long claimId) {
        users.as(desk.adminUsername(), () -> tasks.create(new NewTask(claimId, "Find the readout", null, null, null,
                false)));
        long sourceId = users.as(checker, () -> sources.add(new AddSource(claimId, "https://example.org/readout",
                "Readout", null, SourceType.OFFICIAL_STATEMENT, null, LocalDate.now(), Stance.SUPPORTS, 4), null).id());
        long ratingId = users.as(checker, () -> ratings.activeLabels().get(0).id());
        return users.as(checker, () -> verdicts.propose(new ProposeVerdict(claimId, ratingId,
                "The readout says so.", List.of(sourceId))).id());
    }

    private static Path pdf(String name, long size) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "boundary-files"));
        Path file = dir.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(0);
            byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            byte[] padding = new byte[64 * 1024];
            java.util.Arrays.fill(padding, (byte) ' ');
            long left = size - head.length;
            while (left > 0) {
                int n = (int) Math.min(padding.length, left);
                out.write(padding, 0, n);
                left -= n;
            }
        }
        assertThat(Files.size(file)).isEqualTo(size);
        return file;
    }

}
