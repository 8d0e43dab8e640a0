package app.factdesk.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.security.ApiTokenService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the OpenAPI description and sends every operation hostile values in each path parameter, query parameter
 * and body field (and hostile whole bodies) through the real HTTP stack with a valid admin token. No answer may be
 * a 5xx; every refusal is JSON with an error key and leaves the workspace tables as they were. A new endpoint is
 * fuzzed as soon as it appears in {@code /v3/api-docs}. Audit events of exports are not counted: an export
 * accepted earlier records them when its background job finishes, at any moment.
 */
@IntegrationTest
class ApiFuzzIT {

    private static final String WRITTEN = "select (select count(*) from article) + (select count(*) from claim)"
            + " + (select count(*) from source) + (select count(*) from evidence_file) + (select count(*) from verdict)"
            + " + (select count(*) from sign_off) + (select count(*) from verification_task)"
            + " + (select count(*) from claim_comment) + (select count(*) from dismissed_suggestion)"
            + " + (select count(*) from audit_event where action not like 'export.%')";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private String token;
    private JsonNode docs;
    private int sent;
    private int serverErrors;
    private int refused;

    @Test
    void every_operation_survives_the_hostile_corpus_with_json_refusals_and_no_writes() throws Exception {
        token = users.as(TestUsers.ADMIN, () -> tokens.create("fuzz").secret());
        docs = json.readTree(send("GET", "/v3/api-docs", null).body());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                fuzz(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue());
            }
        }
        System.out.printf("API fuzz: %d operations, %d requests sent, %d refused (4xx), %d answered 5xx%n",
                operations, sent, refused, serverErrors);
        assertThat(operations).isGreaterThan(15);
        assertThat(failures).isEmpty();
        assertThat(serverErrors).isZero();
    }

    private void fuzz(String method, String template, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        // Every path parameter ({id}, {otherId}…) gets a real id of the demo desk unless it is the one fuzzed.
        String valid = validId(template);
        String validPath = template.replaceAll("\\{[^}]+}", valid);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                for (String value : HostileValues.PATH_VALUES) {
                    check(method, template.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", valid),
                            bodyBaseline(operation));
                }
            } else if (parameter.path("in").asText().equals("query")) {
                for (String value : HostileValues.QUERY_VALUES) {
                    check(method, validPath + "?" + name + "=" + value, bodyBaseline(operation));
                }
                check(method, validPath + "?" + name + "=" + "x".repeat(9000), bodyBaseline(operation));
            }
        }
        Map<String, String> baseline = baselineFields(operation);
        if (baseline == null) {
            return;
        }
        for (String field : baseline.keySet()) {
            List<String> values = new ArrayList<>(HostileValues.JSON_TEXTS);
            values.addAll(HostileValues.JSON_NUMBERS);
            values.addAll(HostileValues.JSON_DATES);
            values.addAll(HostileValues.JSON_SHAPES);
            for (String value : values) {
                Map<String, String> body = new LinkedHashMap<>(baseline);
                body.put(field, value);
                check(method, validPath, object(body));
            }
        }
        Map<String, String> huge = new LinkedHashMap<>(baseline);
        huge.put(huge.keySet().iterator().next(), HostileValues.tenMegabyteString());
        for (String whole : List.of(object(huge), HostileValues.deeplyNested(100_000),
                "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "[]", "\"text\"", "null", "{", "not json", "")) {
            check(method, validPath, whole);
        }
    }

    private void check(String method, String path, String body) throws Exception {
        long before = ownerDatabase.jdbc().queryForObject(WRITTEN, Long.class);
        HttpResponse<String> answer = send(method, path, body);
        int status = answer.statusCode();
        if (status >= 500) {
            serverErrors++;
            failures.add(method + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + status + " "
                    + abbreviate(answer.body()));
            return;
        }
        if (status < 400) {
            return;
        }
        refused++;
        String type = answer.headers().firstValue("Content-Type").orElse("");
        JsonNode error = type.startsWith("application/json") ? json.readTree(answer.body()) : null;
        if (error == null || error.path("error").asText().isBlank() || answer.body().contains("Exception")) {
            failures.add(method + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + status + " not a JSON "
                    + "error: " + abbreviate(answer.body()));
        }
        long after = ownerDatabase.jdbc().queryForObject(WRITTEN, Long.class);
        if (after != before) {
            failures.add(method + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + status + " but wrote "
                    + (after - before) + " rows");
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        sent++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedEarly) {
            // the server may close a connection whose body it refused (413) before the client finished sending
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit-chain"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String validId(String template) {
        String table = template.contains("/verdicts/") ? "verdict" : template.contains("/claims/") ? "claim"
                : template.contains("/articles/") ? "article" : null;
        if (table == null) {
            return "1";
        }
        Long id = ownerDatabase.jdbc().queryForObject("select min(t.id) from " + table + " t join workspace w on w.id = t.workspace_id"
                + " where w.name = 'Demo desk'", Long.class);
        return id == null ? "1" : id.toString();
    }

    private String bodyBaseline(JsonNode operation) {
        Map<String, String> fields = baselineFields(operation);
        return fields == null ? null : object(fields);
    }

    /** A plausible value for each field of the JSON body, or null when the operation takes no body. */
    private Map<String, String> baselineFields(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        JsonNode resolved = resolve(schema);
        Map<String, String> fields = new LinkedHashMap<>();
        resolved.path("properties").fields().forEachRemaining(p -> fields.put(p.getKey(), plausible(p.getValue())));
        return fields.isEmpty() ? null : fields;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : docs.at(ref.substring(1));
    }

    private String plausible(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return "\"" + resolved.path("enum").get(0).asText() + "\"";
        }
        return switch (resolved.path("type").asText()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> resolved.path("format").asText().equals("date") ? "\"2026-01-15\"" : "\"fuzz\"";
        };
    }

    private static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> out.append(out.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return out.append('}').toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
