package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit reports of a workspace and a date range: what they hold, whose they are, who may make them. */
@IntegrationTest
class ReportRangeIT {

    @Autowired
    ExportService exports;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ObjectMapper json;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    TransactionTemplate transactions;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private TwoWorkspaces.Other desk;
    private String editor;
    private String checker;
    private long englishArticle;
    private long arabicArticle;
    private long oldArticle;
    private long englishClaim;
    private long arabicClaim;
    private long oldClaim;
    private String arabicQuote;

    @BeforeEach
    void desk() {
        desk = fixtures.createOther();
        editor = fixtures.addMember(desk, Role.EDITOR, "Rana Editor");
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Rami Checker");
        englishArticle = desk.articleId();
        arabicArticle = fixtures.importReference(desk);
        oldArticle = fixtures.importReference(desk);
        englishClaim = claim(englishArticle, "Desk B said so");
        arabicClaim = claim(arabicArticle, "Peskov said there were no contacts");
        arabicQuote = users.as(checker, () -> claims.find(arabicClaim).orElseThrow().anchor().exact());
        oldClaim = claim(oldArticle, "An old claim outside the range");
        backdate(oldClaim, 40);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long claim(long articleId, String statement) {
        return users.as(checker, () -> {
            String body = articles.find(articleId).orElseThrow().body();
            int start = 0;
            while (Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            int end = Math.min(body.length(), start + 24);
            return claims.create(new CreateClaim(articleId, start, end, body.substring(start, end),
                    new ClaimFields(statement, "Someone", null, Priority.NORMAL, List.of()), null)).id();
        });
    }

    /** Moves a claim and its audit events {@code days} back (the append-only triggers are off for the update). */
    private void backdate(long claimId, int days) {
        moveBack(days, "object_type = 'claim' and object_id = '" + claimId + "'", "id = " + claimId, desk.workspaceId());
    }

    /** Moves every audit event of the workspace and its claims {@code days} back. */
    private void backdateAll(long workspaceId, int days) {
        moveBack(days, "true", "true", workspaceId);
    }

    /** Moves the workspace's audit events and claims matching the two conditions {@code days} back. */
    private void moveBack(int days, String events, String claims, long workspaceId) {
        transactions.executeWithoutResult(tx -> {
            ownerDatabase.jdbc().execute("alter table audit_event disable trigger user");
            ownerDatabase.jdbc().update("update audit_event set occurred_at = occurred_at - make_interval(days => ?) "
                    + "where workspace_id = ? and " + events, days, workspaceId);
            ownerDatabase.jdbc().execute("alter table audit_event enable trigger user");
            ownerDatabase.jdbc().update("update claim set created_at = created_at - make_interval(days => ?) "
                    + "where workspace_id = ? and " + claims, days, workspaceId);
        });
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

    private static List<Long> claimIds(JsonNode report) {
        List<Long> ids = new ArrayList<>();
        report.get("articles").forEach(a -> a.get("claims").forEach(c -> ids.add(c.get("id").asLong())));
        return ids;
    }

    @Test
    void a_range_report_holds_the_claims_of_two_articles_in_range_and_not_the_one_outside() throws Exception {
        JsonNode report = json.readTree(export(editor,
                ExportRequest.ofRange(ExportKind.JSON, today.minusDays(1), today.plusDays(1))));
        assertThat(report.get("schemaVersion").asText()).isEqualTo("factdesk-report/1");
        assertThat(report.get("scope").asText()).isEqualTo("range");
        assertThat(report.get("from").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(report.get("articles")).extracting(a -> a.at("/article/id").asLong())
                .containsExactly(englishArticle, arabicArticle);
        assertThat(claimIds(report)).containsExactly(englishClaim, arabicClaim);
        assertThat(report.at("/articles/1/claims/0/target/selector/1/exact").asText()).isEqualTo(arabicQuote);
        List<String> objects = new ArrayList<>();
        report.get("auditEvents").forEach(e -> objects.add(e.get("objectType").asText() + " "
                + e.get("objectId").asText()));
        assertThat(objects).contains("claim " + englishClaim, "claim " + arabicClaim)
                .doesNotContain("claim " + oldClaim);
        assertThat(report.at("/chainHead/hash").asText()).hasSize(64);

        JsonNode old = json.readTree(export(editor,
                ExportRequest.ofRange(ExportKind.JSON, today.minusDays(45), today.minusDays(35))));
        assertThat(claimIds(old)).containsExactly(oldClaim);
    }

    @Autowired
    app.factdesk.verdict.VerdictDesk verdictDesks;

    @Test
    void an_old_claim_is_in_the_range_when_only_a_source_of_it_was_added_in_it() throws Exception {
        // The claim and everything about it happened 40 days ago; today a checker only adds a source to it: an event
        // about the source, whose values carry the claim's id. Today's range report holds the claim.
        var verdictDesk = verdictDesks.create();
        long claimId = verdictDesk.claimId();
        users.as(verdictDesk.checker(), () -> verdictDesks.addSource(claimId));
        backdateAll(verdictDesk.other().workspaceId(), 40);
        ExportRequest todayOnly = ExportRequest.ofRange(ExportKind.JSON, today, today);
        assertThat(claimIds(json.readTree(export(verdictDesk.editor(), todayOnly)))).as("nothing happened today")
                .isEmpty();

        users.as(verdictDesk.checker(), () -> verdictDesks.addSource(claimId));
        JsonNode sourced = json.readTree(export(verdictDesk.editor(), todayOnly));
        assertThat(sourced.get("auditEvents")).extracting(e -> e.get("objectType").asText())
                .contains("source").doesNotContain("claim", "verdict");
        assertThat(claimIds(sourced)).containsExactly(claimId);
    }

    @Test
    void the_range_pdf_shows_both_articles_claims_and_the_chain_head() throws Exception {
        byte[] pdf = export(editor, ExportRequest.ofRange(ExportKind.PDF, today, today));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains("Auditreport").contains("Range(UTCdays,bothincluded):" + today + "to" + today)
                    .contains("DeskBsaidso").contains("Peskovsaidtherewerenocontacts")
                    .contains(squeeze(arabicQuote)).doesNotContain("Anoldclaimoutsidetherange")
                    .contains("Chainhead");
        }
    }

    @Test
    void a_range_report_covers_only_the_current_workspace() throws Exception {
        TwoWorkspaces.Other elsewhere = fixtures.createOther();
        String otherChecker = fixtures.addMember(elsewhere, Role.FACT_CHECKER, "Other Checker");
        long foreign = users.as(otherChecker, () -> claims.create(new CreateClaim(elsewhere.articleId(), 0, 4, "Only",
                new ClaimFields("A claim of another desk", null, null, Priority.NORMAL, List.of()), null)).id());
        JsonNode report = json.readTree(export(editor, ExportRequest.ofRange(ExportKind.JSON, today, today)));
        assertThat(claimIds(report)).doesNotContain(foreign).contains(englishClaim);
        assertThat(report.get("articles")).extracting(a -> a.at("/article/id").asLong())
                .doesNotContain(elsewhere.articleId());
        assertThat(report.toString()).doesNotContain("A claim of another desk").doesNotContain("Other Checker");
    }

    @Test
    void checkers_and_viewers_may_not_make_a_range_report() {
        String viewer = fixtures.addMember(desk, Role.VIEWER, "Vera Viewer");
        for (String username : List.of(checker, viewer)) {
            assertThatThrownBy(() -> export(username, ExportRequest.ofRange(ExportKind.PDF, today, today)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_range_longer_than_366_days_or_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> export(editor, ExportRequest.ofRange(ExportKind.PDF, today.minusDays(366), today)))
                .isInstanceOf(UserFacingException.class).hasMessage("export.range-too-long");
        assertThat(export(editor, ExportRequest.ofRange(ExportKind.JSON, today.minusDays(365), today))).isNotEmpty();
        assertThatThrownBy(() -> export(editor, ExportRequest.ofRange(ExportKind.JSON, today, today.minusDays(1))))
                .isInstanceOf(UserFacingException.class).hasMessage("export.range-invalid");
        assertThatThrownBy(() -> export(editor, new ExportRequest(ExportKind.PDF, null, today, null, false)))
                .isInstanceOf(UserFacingException.class).hasMessage("export.range-required");
        assertThatThrownBy(() -> export(editor, new ExportRequest(ExportKind.PDF, englishArticle, today, today,
                false))).isInstanceOf(UserFacingException.class).hasMessage("export.article-or-range");
    }

    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
