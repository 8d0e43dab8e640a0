package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import app.factdesk.report.ReportSettingsRow;
import app.factdesk.report.ReportSettingsService;
import app.factdesk.security.ApiTokenService;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reference library of published fact-checks (issue 15): a DataFeed file and Fact Desk's own ClaimReview export
 * import; a bad file is refused naming the review, its line and the field, and nothing of it is kept; importing again
 * adds nothing; matching finds the fact-check of a claim and marks a differing number; the API imports over HTTP.
 */
@IntegrationTest
class FactCheckLibraryIT {

    @LocalServerPort
    int port;
    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    FactCheckLibrary library;
    @Autowired
    ExportService exports;
    @Autowired
    ReportSettingsService settings;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    ObjectMapper json;

    private VerdictDesk.Desk desk;

    @BeforeEach
    void desk() {
        desk = desks.create();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static byte[] resource(String name) {
        try (var in = FactCheckLibraryIT.class.getResourceAsStream("/fact-checks/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long rows() {
        return owner.jdbc().queryForObject("select count(*) from fact_check_reference where workspace_id = ?",
                Long.class, desk.other().workspaceId());
    }

    private String refusal(byte[] file) {
        try {
            users.as(desk.admin(), () -> library.importFile("bad.jsonld", file));
        } catch (UserFacingException e) {
            return e.messageKey() + " " + java.util.Arrays.toString(e.arguments());
        }
        throw new AssertionError("accepted");
    }

    @Test
    void a_feed_imports_whole_once_and_its_fact_checks_match_the_claims_they_are_about() throws Exception {
        FactCheckLibrary.Imported first = users.as(desk.admin(), () -> library.importFile("feed.jsonld",
                resource("feed.jsonld")));
        assertThat(first).isEqualTo(new FactCheckLibrary.Imported(3, 3));
        assertThat(users.as(desk.admin(), () -> library.importFile("feed.jsonld", resource("feed.jsonld"))))
                .as("importing again adds nothing").isEqualTo(new FactCheckLibrary.Imported(3, 0));
        List<FactCheckLibrary.Entry> entries = users.as(desk.checker(), () -> library.latest(10));
        assertThat(entries).extracting(FactCheckLibrary.Entry::rating)
                .containsExactly("Mostly false", "صحيح", "5/5");
        assertThat(entries.get(1).published()).isEqualTo(java.time.LocalDate.of(2024, 9, 1));
        assertThat(entries.get(2).publisher()).isEqualTo("Grain Watch");

        // The desk's claim is "Peskov said Putin and Biden had no contacts": the feed has its fact-check.
        List<CheckedElsewhere> matches = users.as(desk.checker(), () -> library.matchingClaim(desk.claimId(), 5));
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).publisher()).isEqualTo("Example Checks");
        assertThat(matches.get(0).score()).isGreaterThan(0.9);
        List<CheckedElsewhere> arabic = users.as(desk.checker(), () -> library.matching(
                "زارت نولاند موسكو في عام 2022 لإجراء محادثات", 5));
        assertThat(arabic).singleElement().satisfies(m -> {
            assertThat(m.numbersDiffer()).as("2021 against 2022").isTrue();
            assertThat(m.score()).isLessThan(0.7);
        });
        List<CheckedElsewhere> same = users.as(desk.checker(), () -> library.matching(
                "زارت نولاند موسكو في عام 2021 لإجراء محادثات", 5));
        assertThat(same.get(0).score()).isGreaterThan(arabic.get(0).score());
        assertThat(owner.jdbc().queryForList("select action from audit_event where workspace_id = ? and action like "
                + "'fact_check%'", String.class, desk.other().workspaceId())).hasSize(2);
    }

    @Test
    void fact_desks_own_claim_review_export_imports_into_another_workspace() throws Exception {
        long verdictId = desks.publishVerdict(desk);
        users.as(desk.admin(), () -> settings.save(new ReportSettingsRow("Fact Desk Checks", "https://example.org",
                "https://example.org/fact-checks/{claimId}")));
        long articleId = owner.jdbc().queryForObject("select article_id from claim where id = ?", Long.class,
                desk.claimId());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        users.as(desk.editor(), () -> {
            try {
                return exports.download(ExportRequest.ofArticle(ExportKind.CLAIM_REVIEW, articleId),
                        (name, type) -> file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        VerdictDesk.Desk other = desks.create();
        FactCheckLibrary.Imported imported = users.as(other.admin(), () -> library.importFile("claim-review.json",
                file.toByteArray()));
        assertThat(imported.added()).isEqualTo(1);
        assertThat(users.as(other.checker(), () -> library.latest(5))).singleElement().satisfies(e -> {
            assertThat(e.publisher()).isEqualTo("Fact Desk Checks");
            assertThat(e.url()).isEqualTo("https://example.org/fact-checks/" + desk.claimId());
        });
        assertThat(verdictId).isPositive();
        assertThat(rows()).as("the first desk's library is untouched").isZero();
    }

    @Test
    void a_bad_file_names_the_review_its_line_and_the_field_and_nothing_of_it_is_kept() throws Exception {
        assertThat(refusal(resource("missing-rating.jsonld")))
                .isEqualTo("fact-check.import.field [2, 11, reviewRating]");
        assertThat(refusal("{\"@type\": \"ClaimReview\",\n \"claimReviewed\": \"x\",\n oops}".getBytes(
                StandardCharsets.UTF_8))).isEqualTo("fact-check.import.not-json [3]");
        assertThat(refusal("[{\"@type\": \"Article\"}]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("fact-check.import.none []");
        assertThat(refusal(new byte[0])).isEqualTo("fact-check.import.empty []");
        assertThat(refusal(("{\"@type\":\"ClaimReview\",\"claimReviewed\":\"c\",\"url\":\"javascript:alert(1)\","
                + "\"datePublished\":\"2024-01-01\",\"author\":{\"name\":\"A\"},\"reviewRating\":{\"alternateName\":"
                + "\"False\"}}").getBytes(StandardCharsets.UTF_8))).isEqualTo("fact-check.import.field [1, 1, url]");
        assertThat(refusal(("{\"@type\":\"ClaimReview\",\"claimReviewed\":\"c\",\"url\":\"https://e.org/x\","
                + "\"datePublished\":\"yesterday\",\"author\":{\"name\":\"A\"},\"reviewRating\":{\"alternateName\":"
                + "\"False\"}}").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("fact-check.import.field [1, 1, datePublished]");
        assertThat(rows()).isZero();
        assertThatThrownBy(() -> users.as(desk.editor(), () -> library.importFile("feed.jsonld",
                resource("feed.jsonld")))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_api_imports_a_file_over_http_and_matches_list_what_was_checked_elsewhere() throws Exception {
        String admin = users.as(desk.admin(), () -> tokens.create("library").secret());
        String editor = users.as(desk.editor(), () -> tokens.create("editor").secret());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/fact-check-library")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("feed.jsonld"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("added").asInt()).isEqualTo(3);

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/fact-check-library")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("missing-rating.jsonld"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bad.body()).get("message").asText()).contains("review 2 (line 11)")
                .contains("reviewRating");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/fact-check-library")).header("Authorization", "Bearer " + editor)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("feed.jsonld"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);

        HttpResponse<String> similar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/claims/" + desk.claimId() + "/similar")).header("Authorization", "Bearer " + editor)
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode elsewhere = json.readTree(similar.body()).get("checkedElsewhere");
        assertThat(elsewhere.get(0).get("publisher").asText()).isEqualTo("Example Checks");
        assertThat(elsewhere.get(0).get("rating").asText()).isEqualTo("Mostly false");
        assertThat(rows()).isEqualTo(3);
    }
}
