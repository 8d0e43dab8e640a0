package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/** The audit log through the REST API: roles, workspace scope, filters, cursor paging and chain verification. */
@IntegrationTest
class AuditApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        return api.read(response);
    }

    private List<Long> seqsInDatabase(long workspaceId) {
        return ownerDatabase.jdbc().queryForList("select seq from audit_event where workspace_id = ? order by seq", Long.class,
                workspaceId);
    }

    /** Creates a claim on the desk's article as its checker, which records one more event in the desk's chain. */
    private void createClaim(VerdictDesk.Desk desk, String statement) {
        users.as(desk.checker(), () -> {
            long articleId = claims.find(desk.claimId()).orElseThrow().articleId();
            String body = articles.find(articleId).orElseThrow().body();
            int start = body.indexOf("بيسكوف");
            String exact = body.substring(start, start + 20);
            return claims.create(new CreateClaim(articleId, start, start + exact.length(), exact,
                    new ClaimFields(statement, null, null, Priority.LOW, List.of()), null));
        });
    }

    @Test
    void without_a_token_the_audit_endpoints_answer_401() throws Exception {
        json(api.get(null, "/api/v1/audit-events"), 401);
        json(api.get(null, "/api/v1/audit-chain"), 401);
    }

    @Test
    void viewers_and_fact_checkers_are_refused_the_audit_log() throws Exception {
        for (String user : List.of(TestUsers.VIEWER, TestUsers.CHECKER)) {
            String token = api.tokenOf(user);
            assertThat(json(api.get(token, "/api/v1/audit-events"), 403).path("error").asText())
                    .isEqualTo("api.forbidden");
            json(api.get(token, "/api/v1/audit-chain"), 403);
        }
    }

    @Test
    void another_workspaces_token_sees_only_its_own_events() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String token = api.tokenOf(desk.adminUsername());
        long demoArticle = ownerDatabase.jdbc().queryForObject("select min(a.id) from article a join workspace w"
                + " on w.id = a.workspace_id where w.name = 'Demo desk'", Long.class);

        JsonNode page = json(api.get(token, "/api/v1/audit-events?limit=500"), 200);
        List<Long> ids = ownerDatabase.jdbc().queryForList("select id from audit_event where workspace_id = ? order by seq",
                Long.class, desk.workspaceId());
        assertThat(page.path("items").findValues("id")).extracting(JsonNode::asLong).isEqualTo(ids);
        JsonNode demo = json(api.get(token, "/api/v1/audit-events?objectType=article&objectId=" + demoArticle), 200);
        assertThat(demo.path("items")).isEmpty();
        assertThat(demo.path("next").isNull()).isTrue();
    }

    @Test
    void an_event_carries_its_chain_link_and_json_before_and_after() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String token = api.tokenOf(desk.editor());

        JsonNode page = json(api.get(token, "/api/v1/audit-events?action=claim.&objectType=claim&objectId="
                + desk.claimId()), 200);
        JsonNode created = page.path("items").get(0);
        assertThat(created.path("action").asText()).isEqualTo("claim.created");
        assertThat(created.path("actor").asText()).isEqualTo(desk.checker());
        assertThat(created.path("channel").asText()).isEqualTo("UI");
        assertThat(created.path("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(created.path("after").isObject()).isTrue();
        assertThat(created.path("hash").asText()).hasSize(64);
        JsonNode previous = json(api.get(token, "/api/v1/audit-events?limit=500"), 200).path("items")
                .get(created.path("seq").asInt() - 2);
        assertThat(created.path("prevHash").asText()).isEqualTo(previous.path("hash").asText());
        assertThat(page.path("items").findValues("action")).extracting(JsonNode::asText)
                .allMatch(action -> action.startsWith("claim."));
    }

    @Test
    void the_actor_and_day_filters_narrow_the_events() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String token = api.tokenOf(desk.editor());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonNode byChecker = json(api.get(token, "/api/v1/audit-events?actor=" + desk.checker()), 200);
        assertThat(byChecker.path("items").findValues("actor")).isNotEmpty().extracting(JsonNode::asText)
                .containsOnly(desk.checker());
        JsonNode todays = json(api.get(token, "/api/v1/audit-events?limit=500&from=" + today + "&to=" + today), 200);
        assertThat(todays.path("items").size()).isEqualTo(seqsInDatabase(desk.other().workspaceId()).size());
        JsonNode yesterdays = json(api.get(token, "/api/v1/audit-events?to=" + today.minusDays(1)), 200);
        assertThat(yesterdays.path("items")).isEmpty();
    }

    @Test
    void a_bad_cursor_or_limit_is_a_400() throws Exception {
        String token = api.tokenOf(TestUsers.EDITOR);
        JsonNode cursor = json(api.get(token, "/api/v1/audit-events?after=not-a-cursor"), 400);
        assertThat(cursor.path("error").asText()).isEqualTo("api.audit.cursor-invalid");
        assertThat(cursor.path("message").asText()).isNotBlank();
        json(api.get(token, "/api/v1/audit-events?limit=501"), 400);
        json(api.get(token, "/api/v1/audit-events?limit=0"), 400);
        json(api.get(token, "/api/v1/audit-events?from=yesterday"), 400);
    }

    @Test
    void cursor_pages_walk_every_event_once_in_order_while_others_write() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        for (int i = 0; i < 6; i++) {
            createClaim(desk, "Before the walk " + i);
        }
        String token = api.tokenOf(desk.editor());
        long workspace = desk.other().workspaceId();
        List<Long> atStart = seqsInDatabase(workspace);

        ExecutorService writer = Executors.newSingleThreadExecutor();
        List<Future<?>> writes = new ArrayList<>();
        List<Long> walked = new ArrayList<>();
        String after = null;
        try {
            do {
                JsonNode page = json(api.get(token, "/api/v1/audit-events?limit=3"
                        + (after == null ? "" : "&after=" + after)), 200);
                page.path("items").forEach(item -> walked.add(item.path("seq").asLong()));
                after = page.path("next").isNull() ? null : page.path("next").asText();
                if (writes.size() < 8) {
                    // The previous write has committed before the next page; this one races with it.
                    int n = writes.size();
                    if (n > 0) {
                        writes.get(n - 1).get(30, TimeUnit.SECONDS);
                    }
                    writes.add(writer.submit(() -> createClaim(desk, "During the walk " + n)));
                }
            } while (after != null);
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            writer.shutdown();
        }

        assertThat(walked).doesNotHaveDuplicates().isSorted().hasSizeGreaterThan(atStart.size());
        assertThat(walked.subList(0, atStart.size())).isEqualTo(atStart);
        List<Long> all = seqsInDatabase(workspace);
        assertThat(all.size()).isGreaterThan(atStart.size());
        assertThat(all).startsWith(walked.toArray(Long[]::new));
        assertThat(walk(token, 4)).isEqualTo(all);
    }

    private List<Long> walk(String token, int limit) throws Exception {
        List<Long> seqs = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = json(api.get(token, "/api/v1/audit-events?limit=" + limit
                    + (after == null ? "" : "&after=" + after)), 200);
            page.path("items").forEach(item -> seqs.add(item.path("seq").asLong()));
            after = page.path("next").isNull() ? null : page.path("next").asText();
        } while (after != null);
        return seqs;
    }

    @Test
    void the_chain_endpoint_reports_ok_with_the_count_and_head_hash() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        String token = api.tokenOf(desk.editor());
        long workspace = desk.other().workspaceId();

        JsonNode chain = json(api.get(token, "/api/v1/audit-chain"), 200);
        assertThat(chain.path("ok").asBoolean()).isTrue();
        assertThat(chain.path("count").asLong()).isEqualTo(seqsInDatabase(workspace).size());
        assertThat(chain.path("headHash").asText()).isEqualTo(ownerDatabase.jdbc().queryForObject(
                "select hash from audit_event where workspace_id = ? order by seq desc limit 1", String.class,
                workspace));
        assertThat(chain.path("firstBadSeq").isNull()).isTrue();
    }

    @Test
    void the_openapi_description_lists_the_new_endpoints() throws Exception {
        JsonNode doc = api.read(api.get(null, "/v3/api-docs"));
        assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/v1/audit-events",
                "/api/v1/audit-chain", "/api/v1/claims/{id}/sources", "/api/v1/verdicts/{id}/returns",
                "/api/v1/verdicts/{id}/publication", "/api/v1/verdicts/{id}");
        assertThat(doc.path("paths").path("/api/v1/claims/{id}/verdicts").has("post")).isTrue();
    }
}
