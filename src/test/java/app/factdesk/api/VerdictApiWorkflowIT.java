package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Sources and the whole verdict workflow through the REST API: propose, return, approve, publish. */
@IntegrationTest
class VerdictApiWorkflowIT {

    @Autowired
    ApiClient api;
    @Autowired
    VerdictDesk desks;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return api.read(response);
    }

    private static Map<String, Object> source(String url) {
        Map<String, Object> source = new HashMap<>(Map.of("url", url, "title", "Readout of the briefing",
                "publisher", "Kremlin press office", "type", "OFFICIAL_STATEMENT", "accessed", "2024-10-14",
                "stance", "SUPPORTS", "reliability", 5));
        source.put("excerpt", "Peskov: there were no contacts");
        return source;
    }

    private long addSource(String token, long claimId) throws Exception {
        String url = "https://en.kremlin.ru/events/president/news/" + UUID.randomUUID();
        return json(api.post(token, "/api/v1/claims/" + claimId + "/sources", source(url)), 201).path("id").asLong();
    }

    private JsonNode propose(String token, VerdictDesk.Desk desk, long sourceId) throws Exception {
        long ratingId = users.as(desk.checker(), () -> ratings.activeLabels().get(1).id());
        return api.read(api.post(token, "/api/v1/claims/" + desk.claimId() + "/verdicts", Map.of("ratingId",
                ratingId, "rationale", "The readout quotes him.", "sourceIds", List.of(sourceId))));
    }

    private String claimState(String token, long claimId) throws Exception {
        return json(api.get(token, "/api/v1/claims/" + claimId), 200).path("state").asText();
    }

    @Test
    void a_checker_proposes_an_editor_returns_then_approves_and_publishes() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String checker = api.tokenOf(desk.checker());
        String editor = api.tokenOf(desk.editor());
        long sourceId = addSource(checker, desk.claimId());

        MockHttpServletResponse created = api.post(checker, "/api/v1/claims/" + desk.claimId() + "/verdicts",
                Map.of("ratingId", users.as(desk.checker(), () -> ratings.activeLabels().get(1).id()),
                        "rationale", "The readout quotes him.", "sourceIds", List.of(sourceId)));
        JsonNode first = json(created, 201);
        assertThat(created.getHeader("Location")).endsWith("/api/v1/verdicts/" + first.path("id").asLong());
        assertThat(first.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(first.path("rating").asText()).isEqualTo("Mostly true");
        assertThat(first.path("sourceIds").get(0).asLong()).isEqualTo(sourceId);
        assertThat(claimState(checker, desk.claimId())).isEqualTo("VERDICT_PROPOSED");

        JsonNode noReason = json(api.post(editor, "/api/v1/verdicts/" + first.path("id") + "/returns", Map.of()), 422);
        assertThat(noReason.path("error").asText()).isEqualTo("verdict.reason-required");
        JsonNode returned = json(api.post(editor, "/api/v1/verdicts/" + first.path("id") + "/returns",
                Map.of("reason", "Quote the readout itself.")), 200);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("Quote the readout itself.");
        assertThat(claimState(checker, desk.claimId())).isEqualTo("IN_VERIFICATION");

        long second = json(api.post(checker, "/api/v1/claims/" + desk.claimId() + "/verdicts", Map.of("ratingId",
                users.as(desk.checker(), () -> ratings.activeLabels().get(1).id()), "rationale",
                "The readout says so in these words.", "sourceIds", List.of(sourceId))), 201).path("id").asLong();
        json(api.post(editor, "/api/v1/verdicts/" + second + "/publication", Map.of()), 422);
        JsonNode approved = json(api.post(editor, "/api/v1/verdicts/" + second + "/approvals", Map.of()), 200);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        JsonNode published = json(api.postRaw(editor, "/api/v1/verdicts/" + second + "/publication", ""), 200);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("publishedAt").isNull()).isFalse();
        assertThat(claimState(checker, desk.claimId())).isEqualTo("PUBLISHED");
        JsonNode history = json(api.get(checker, "/api/v1/claims/" + desk.claimId() + "/verdicts"), 200);
        assertThat(history.path("items").findValues("status")).extracting(JsonNode::asText)
                .containsExactly("PUBLISHED", "RETURNED");
    }

    @Test
    void an_editor_who_proposed_through_the_api_cannot_approve_it() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String editor = api.tokenOf(desk.editor());
        JsonNode proposed = propose(editor, desk, addSource(editor, desk.claimId()));

        JsonNode refused = json(api.post(editor, "/api/v1/verdicts/" + proposed.path("id") + "/approvals", Map.of()),
                422);
        assertThat(refused.path("error").asText()).isEqualTo("verdict.own-verdict");
        JsonNode approved = json(api.post(api.tokenOf(desk.secondEditor()), "/api/v1/verdicts/" + proposed.path("id")
                + "/approvals", Map.of()), 200);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void the_workflow_refuses_the_wrong_role_the_wrong_workspace_and_no_token() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String checker = api.tokenOf(desk.checker());
        long verdictId = propose(checker, desk, addSource(checker, desk.claimId())).path("id").asLong();

        json(api.post(checker, "/api/v1/verdicts/" + verdictId + "/returns", Map.of("reason", "Mine")), 403);
        json(api.post(checker, "/api/v1/verdicts/" + verdictId + "/publication", Map.of()), 403);
        String viewer = api.tokenOf(TestUsers.VIEWER);
        String outsider = api.tokenOf(TestUsers.EDITOR);
        json(api.post(viewer, "/api/v1/claims/" + desk.claimId() + "/sources", source("https://example.org/a")), 403);
        json(api.get(outsider, "/api/v1/verdicts/" + verdictId), 404);
        json(api.get(outsider, "/api/v1/claims/" + desk.claimId() + "/sources"), 404);
        json(api.post(outsider, "/api/v1/claims/" + desk.claimId() + "/sources", source("https://example.org/b")),
                404);
        json(api.post(outsider, "/api/v1/claims/" + desk.claimId() + "/verdicts",
                Map.of("ratingId", 1, "rationale", "x", "sourceIds", List.of(1))), 404);
        json(api.post(outsider, "/api/v1/verdicts/" + verdictId + "/returns", Map.of("reason", "No")), 404);
        json(api.post(outsider, "/api/v1/verdicts/" + verdictId + "/publication", Map.of()), 404);
        json(api.get(null, "/api/v1/claims/" + desk.claimId() + "/sources"), 401);
        assertThat(json(api.get(checker, "/api/v1/verdicts/" + verdictId), 200).path("status").asText())
                .isEqualTo("PROPOSED");
    }

    @Test
    void sources_come_back_in_order_and_the_same_url_twice_is_refused() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String checker = api.tokenOf(desk.checker());
        String url = "https://en.kremlin.ru/events/president/news/" + UUID.randomUUID();
        JsonNode added = json(api.post(checker, "/api/v1/claims/" + desk.claimId() + "/sources", source(url)), 201);
        assertThat(added.path("stance").asText()).isEqualTo("SUPPORTS");
        assertThat(added.path("accessed").asText()).isEqualTo("2024-10-14");
        assertThat(added.path("fileName").isNull()).isTrue();
        long second = addSource(checker, desk.claimId());

        JsonNode duplicate = json(api.post(checker, "/api/v1/claims/" + desk.claimId() + "/sources", source(url)),
                422);
        assertThat(duplicate.path("error").asText()).isEqualTo("source.duplicate-url");
        Map<String, Object> noStance = source("https://example.org/" + UUID.randomUUID());
        noStance.remove("stance");
        json(api.post(checker, "/api/v1/claims/" + desk.claimId() + "/sources", noStance), 400);
        JsonNode list = json(api.get(api.tokenOf(desk.editor()), "/api/v1/claims/" + desk.claimId() + "/sources"),
                200);
        assertThat(list.path("items").findValues("id")).extracting(JsonNode::asLong)
                .containsExactly(added.path("id").asLong(), second);
    }
}
