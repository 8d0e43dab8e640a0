package app.factdesk.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.boundary.RawHttp.Answer;
import app.factdesk.security.ApiTokenService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST API's boundary through the real servlet container: text, sizes, numbers and container-level failures
 * all answer JSON with a key, never a 5xx or an HTML page, and a refused request writes nothing.
 */
@IntegrationTest
class HttpBoundaryIT {

    private static final long MB = 1024 * 1024;

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

    private RawHttp http;
    private String token;

    @BeforeEach
    void token() {
        http = new RawHttp(port);
        token = users.as(TestUsers.CHECKER, () -> tokens.create("boundary test").secret());
    }

    private Answer post(String path, String contentType, byte[] body) throws Exception {
        return http.send("POST " + path + " HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\nContent-Type: "
                + contentType + "\r\nAccept: application/json", body);
    }

    private Answer get(String target) throws Exception {
        return http.send("GET " + target + " HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json", null);
    }

    private JsonNode jsonError(Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("error").asText()).isNotBlank();
        return error;
    }

    private long articles() {
        return ownerDatabase.jdbc().queryForObject("select count(*) from article", Long.class);
    }

    @Test
    void a_nul_or_a_lone_surrogate_in_any_text_is_refused_naming_the_field_and_nothing_is_stored() throws Exception {
        long before = articles();
        for (String body : new String[] {
                "{\"title\":\"A\\u0000B\",\"body\":\"Fine text.\"}",
                "{\"body\":\"Broken \\ud800 surrogate\"}",
                "{\"body\":\"Fine.\",\"outlet\":\"Line\\nbreak\"}"}) {
            JsonNode error = jsonError(post("/api/v1/articles", "application/json",
                    body.getBytes(StandardCharsets.UTF_8)), 400);
            assertThat(error.path("error").asText()).isEqualTo("api.text-invalid");
            assertThat(error.path("fields").get(0).path("field").asText()).isIn("title", "body", "outlet");
        }
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void numbers_and_dates_out_of_range_are_refused_before_use() throws Exception {
        jsonError(get("/api/v1/articles?offset=2147483647"), 400);
        jsonError(get("/api/v1/articles?offset=99999999999999999999"), 400);
        jsonError(get("/api/v1/articles/-5"), 400);
        jsonError(get("/api/v1/articles/99999999999999999999"), 400);
        JsonNode date = jsonError(post("/api/v1/articles", "application/json",
                "{\"body\":\"Dated.\",\"publishedOn\":\"+999999999-01-01\"}".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(date.toString()).doesNotContain("Exception");
    }

    @Test
    void a_body_over_the_documented_limit_is_413_too_large_declared_or_streamed() throws Exception {
        byte[] big = new byte[(int) (5 * MB)];
        Arrays.fill(big, (byte) 'a');
        assertThat(jsonError(post("/api/v1/articles", "application/json", big), 413).path("error").asText())
                .isEqualTo("api.too-large");
        Answer chunked = http.send("POST /api/v1/articles HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", null);
        assertThat(chunked.status()).isLessThan(500);
        byte[] evidence = pdf(20 * MB + 1);
        assertThat(jsonError(post("/api/v1/articles", "multipart/form-data; boundary=xyz", evidence), 413)
                .path("error").asText()).isEqualTo("api.too-large");
    }

    @Test
    void tomcat_level_failures_under_api_answer_json_without_exception_text() throws Exception {
        Answer slash = get("/api/v1/articles/1%2F2");
        Answer longQuery = get("/api/v1/articles?q=" + "x".repeat(9000));
        Answer bigHeader = http.send("GET /api/v1/articles HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nX-Filler: " + "y".repeat(20_000), null);
        for (Answer answer : new Answer[] {slash, longQuery, bigHeader}) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Tomcat");
            assertThat(json.readTree(answer.body()).path("error").asText()).startsWith("api.");
        }
    }

    /** A PDF of exactly {@code size} bytes: a valid header, then padding. */
    static byte[] pdf(long size) {
        byte[] bytes = new byte[(int) size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
