package app.factdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.security.ApiTokenService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.snapshot.SnapshotService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webhook API over real HTTP (issue 14): admins only, the secret in the creating answer only, plain refusals. */
@IntegrationTest
class WebhookApiIT {

    @LocalServerPort
    int port;
    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private Receiver receiver;
    private VerdictDesk.Desk desk;
    private String adminToken;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        desk = desks.create();
        adminToken = users.as(desk.admin(), () -> tokens.create("webhooks").secret());
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
    }

    @AfterEach
    void stop() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.disallowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
        receiver.close();
        TestUsers.signOut();
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_admin_registers_lists_turns_off_and_deletes_an_endpoint_and_sees_its_deliveries() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("url", receiver.url("/hook"), "description", "CMS",
                "events", java.util.List.of("claim.created", "verdict.published")));
        HttpResponse<String> created = send(adminToken, "POST", "/api/v1/webhooks", body);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        assertThat(answer.get("secret").asText()).startsWith("whsec_");
        long id = answer.at("/endpoint/id").asLong();
        assertThat(answer.at("/endpoint/events").toString()).isEqualTo("[\"claim.created\",\"verdict.published\"]");

        HttpResponse<String> list = send(adminToken, "GET", "/api/v1/webhooks", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(receiver.url("/hook")).doesNotContain("whsec_").doesNotContain("secret");

        HttpResponse<String> off = send(adminToken, "PUT", "/api/v1/webhooks/" + id + "/enabled",
                "{\"enabled\":false}");
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(json.readTree(off.body()).get("disabledReason").asText()).isEqualTo("admin");
        HttpResponse<String> deliveries = send(adminToken, "GET", "/api/v1/webhooks/" + id + "/deliveries", null);
        assertThat(json.readTree(deliveries.body()).get("items")).isEmpty();

        assertThat(send(adminToken, "DELETE", "/api/v1/webhooks/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send(adminToken, "GET", "/api/v1/webhooks/" + id + "/deliveries", null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json.readTree(gone.body()).get("error").asText()).isEqualTo("webhook.not-found");
        assertThat(owner.jdbc().queryForList("select action from audit_event where object_type = 'webhook' and "
                + "object_id = ? order by seq", String.class, Long.toString(id)))
                .containsExactly("webhook.registered", "webhook.disabled", "webhook.deleted");
    }

    @Test
    void bad_input_gets_a_json_refusal_and_writes_nothing_and_an_editor_gets_403() throws Exception {
        String[][] cases = {
            {"{\"url\":\"http://10.0.0.7/hook\",\"events\":[\"claim.created\"]}", "422",
                "webhook.refused.address-not-allowed"},
            {"{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[\"claim.deleted\"]}", "422",
                "webhook.event-unknown"},
            {"{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[]}", "422", "webhook.events-required"},
            {"{\"url\":\"javascript:alert(1)\",\"events\":[\"claim.created\"]}", "422", "webhook.url-invalid"},
            {"{\"url\":\"" + receiver.url("/hook") + "\",\"description\":\"" + "x".repeat(201)
                + "\",\"events\":[\"claim.created\"]}", "422", "webhook.description-too-long"},
            {"{\"url\":\"" + receiver.url("/hook") + "\",\"description\":\"a\\u0000b\",\"events\":[\"claim.created\"]}",
                "400", null},
        };
        for (String[] c : cases) {
            HttpResponse<String> refused = send(adminToken, "POST", "/api/v1/webhooks", c[0]);
            assertThat(refused.statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            JsonNode error = json.readTree(refused.body());
            assertThat(error.get("message").asText()).as(c[0]).isNotBlank();
            if (c[2] != null) {
                assertThat(error.get("error").asText()).as(c[0]).isEqualTo(c[2]);
            }
        }
        String editorToken = users.as(desk.editor(), () -> tokens.create("editor").secret());
        assertThat(send(editorToken, "GET", "/api/v1/webhooks", null).statusCode()).isEqualTo(403);
        assertThat(send(editorToken, "POST", "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/hook")
                + "\",\"events\":[\"claim.created\"]}").statusCode()).isEqualTo(403);
        assertThat(owner.jdbc().queryForObject("select count(*) from webhook_endpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId())).isZero();
    }
}
