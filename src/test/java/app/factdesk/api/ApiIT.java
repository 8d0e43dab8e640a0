package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/** Articles and claims through the REST API: workspace scope, anchors, and JSON errors for bad input. */
@IntegrationTest
class ApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long demoArticleId() {
        return ownerDatabase.jdbc().queryForObject("select min(a.id) from article a join workspace w on w.id = a.workspace_id"
                + " where w.name = 'Demo desk'", Long.class);
    }

    private JsonNode assertStatus(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        return api.read(response);
    }

    private long importArticle(String token, String body) throws Exception {
        MockHttpServletResponse created = api.post(token, "/api/v1/articles",
                Map.of("title", "API test", "body", body, "outlet", "Wire"));
        JsonNode article = assertStatus(created, 201);
        assertThat(created.getHeader("Location")).endsWith("/api/v1/articles/" + article.path("id").asLong());
        return article.path("id").asLong();
    }

    @Test
    void another_workspaces_token_sees_none_of_the_demo_desk() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String token = api.tokenOf(desk.adminUsername());
        long demoArticle = demoArticleId();

        JsonNode notFound = assertStatus(api.get(token, "/api/v1/articles/" + demoArticle), 404);
        assertThat(notFound.path("error").asText()).isEqualTo("api.not-found");
        assertStatus(api.get(token, "/api/v1/articles/" + demoArticle + "/claims"), 404);
        JsonNode page = assertStatus(api.get(token, "/api/v1/articles?limit=100"), 200);
        assertThat(page.path("items").findValues("id")).extracting(JsonNode::asLong)
                .containsExactly(desk.articleId());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertStatus(api.get(token, "/api/v1/articles/" + desk.articleId()), 200);
    }

    @Test
    void an_imported_article_takes_a_claim_whose_anchor_comes_back_as_selectors() throws Exception {
        String token = api.tokenOf(TestUsers.CHECKER);
        String body = "The ministry said on Monday that 42 people were evacuated. Rain continued. " + UUID.randomUUID();
        long articleId = importArticle(token, body);
        JsonNode article = assertStatus(api.get(token, "/api/v1/articles/" + articleId), 200);
        assertThat(article.path("body").asText()).isEqualTo(body);
        assertThat(article.path("language").asText()).isEqualTo("en");

        String exact = "42 people were evacuated";
        int start = body.indexOf(exact);
        Map<String, Object> claim = Map.of("start", start, "end", start + exact.length(), "exact", exact,
                "statement", "42 people were evacuated", "claimant", "The ministry", "priority", "HIGH",
                "tags", List.of("Floods"));
        MockHttpServletResponse created = api.post(token, "/api/v1/articles/" + articleId + "/claims", claim);
        JsonNode json = assertStatus(created, 201);
        long claimId = json.path("id").asLong();
        assertThat(created.getHeader("Location")).endsWith("/api/v1/claims/" + claimId);

        JsonNode read = assertStatus(api.get(token, "/api/v1/claims/" + claimId), 200);
        JsonNode selectors = read.path("target").path("selector");
        assertThat(read.path("target").path("source").asText()).isEqualTo("/api/v1/articles/" + articleId);
        assertThat(selectors.get(0).path("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(selectors.get(0).path("start").asInt()).isEqualTo(start);
        assertThat(selectors.get(0).path("end").asInt()).isEqualTo(start + exact.length());
        assertThat(selectors.get(1).path("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(selectors.get(1).path("exact").asText()).isEqualTo(exact);
        assertThat(selectors.get(1).path("prefix").asText()).isEqualTo(body.substring(start - 32, start));
        int end = start + exact.length();
        assertThat(selectors.get(1).path("suffix").asText()).isEqualTo(body.substring(end, end + 32));
        assertThat(read.path("state").asText()).isEqualTo("DRAFT");
        assertThat(read.path("tags").get(0).asText()).isEqualTo("floods");

        JsonNode list = assertStatus(api.get(token, "/api/v1/articles/" + articleId + "/claims"), 200);
        assertThat(list.path("items").findValues("id")).extracting(JsonNode::asLong).containsExactly(claimId);
    }

    @Test
    void a_forged_or_stale_span_is_refused_and_nothing_is_saved() throws Exception {
        String token = api.tokenOf(TestUsers.EDITOR);
        String body = "Officials said turnout was 61 percent. " + UUID.randomUUID();
        long articleId = importArticle(token, body);
        Map<String, Object> shifted = new HashMap<>(Map.of("start", 1, "end", 12, "exact", "Officials s",
                "statement", "Shifted"));
        JsonNode stale = assertStatus(api.post(token, "/api/v1/articles/" + articleId + "/claims", shifted), 422);
        assertThat(stale.path("error").asText()).isEqualTo("claim.anchor-stale");
        assertThat(stale.path("message").asText()).isNotBlank();

        shifted.putAll(Map.of("start", 5, "end", 100_000));
        JsonNode outside = assertStatus(api.post(token, "/api/v1/articles/" + articleId + "/claims", shifted), 422);
        assertThat(outside.path("error").asText()).isEqualTo("claim.anchor-invalid");
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from claim where article_id = ?", Integer.class, articleId))
                .isZero();
    }

    @Test
    void a_second_import_of_the_same_body_is_a_conflict_naming_the_first() throws Exception {
        String token = api.tokenOf(TestUsers.CHECKER);
        String body = "A body imported twice. " + UUID.randomUUID();
        long first = importArticle(token, body);
        JsonNode duplicate = assertStatus(api.post(token, "/api/v1/articles", Map.of("body", body)), 409);
        assertThat(duplicate.path("error").asText()).isEqualTo("article.duplicate");
        assertThat(duplicate.path("existingId").asLong()).isEqualTo(first);
        assertStatus(api.post(token, "/api/v1/articles", Map.of("body", body, "allowDuplicate", true)), 201);
    }

    @Test
    void bad_input_gets_a_json_400_or_422_never_a_stack_trace() throws Exception {
        String token = api.tokenOf(TestUsers.CHECKER);
        long article = demoArticleId();
        JsonNode malformed = assertStatus(api.postRaw(token, "/api/v1/articles", "{\"body\": "), 400);
        assertThat(malformed.path("error").asText()).isEqualTo("api.malformed-json");
        assertStatus(api.postRaw(token, "/api/v1/articles/" + article + "/claims",
                "{\"start\": \"abc\", \"end\": 3, \"exact\": \"x\", \"statement\": \"s\"}"), 400);
        JsonNode missing = assertStatus(api.post(token, "/api/v1/articles/" + article + "/claims",
                Map.of("statement", " ")), 400);
        assertThat(missing.path("fields").findValues("field")).extracting(JsonNode::asText)
                .contains("start", "end", "exact", "statement");
        assertStatus(api.get(token, "/api/v1/articles/abc"), 400);
        JsonNode limit = assertStatus(api.get(token, "/api/v1/articles?limit=101"), 400);
        assertThat(limit.path("fields").get(0).path("error").asText()).isEqualTo("api.limit-invalid");
        JsonNode empty = assertStatus(api.post(token, "/api/v1/articles", Map.of("body", "  ")), 422);
        assertThat(empty.path("error").asText()).isEqualTo("article.body-empty");
        assertStatus(api.get(token, "/api/v1/claims/999999999"), 404);
        JsonNode unknown = assertStatus(api.get(token, "/api/v1/nothing-here"), 404);
        assertThat(unknown.toString()).doesNotContain("<html").doesNotContain("Exception");
    }

    @Test
    void an_edit_based_on_an_old_version_is_a_conflict_and_keeps_the_first_edit() throws Exception {
        String token = api.tokenOf(TestUsers.CHECKER);
        String body = "The mayor said 3 bridges closed. " + UUID.randomUUID();
        long articleId = importArticle(token, body);
        JsonNode claim = assertStatus(api.post(token, "/api/v1/articles/" + articleId + "/claims", Map.of(
                "start", 15, "end", 32, "exact", body.substring(15, 32), "statement", "3 bridges closed")), 201);
        String path = "/api/v1/claims/" + claim.path("id").asLong();
        long version = claim.path("version").asLong();

        JsonNode edited = assertStatus(api.put(token, path, Map.of("version", version, "statement", "First")), 200);
        assertThat(edited.path("version").asLong()).isGreaterThan(version);
        JsonNode stale = assertStatus(api.put(token, path, Map.of("version", version, "statement", "Second")), 409);
        assertThat(stale.path("error").asText()).startsWith("claim.conflict");
        assertThat(assertStatus(api.get(token, path), 200).path("statement").asText()).isEqualTo("First");
        assertStatus(api.put(token, "/api/v1/claims/999999999", Map.of("version", 0, "statement", "x")), 404);
    }

    @Test
    void pages_follow_offset_and_limit_exactly() throws Exception {
        String token = api.tokenOf(TestUsers.CHECKER);
        for (int i = 0; i < 3; i++) {
            importArticle(token, "Paging article " + i + " " + UUID.randomUUID());
        }
        List<Long> firstFour = assertStatus(api.get(token, "/api/v1/articles?offset=0&limit=4"), 200)
                .path("items").findValues("id").stream().map(JsonNode::asLong).toList();
        List<Long> fromOne = assertStatus(api.get(token, "/api/v1/articles?offset=1&limit=2"), 200)
                .path("items").findValues("id").stream().map(JsonNode::asLong).toList();
        assertThat(fromOne).containsExactlyElementsOf(firstFour.subList(1, 3));
    }
}
