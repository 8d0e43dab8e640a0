package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description and Swagger UI are public: they describe the API and serve no data. */
@IntegrationTest
class ApiDocsIT {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private MockHttpServletResponse anonymousGet(String path) throws Exception {
        TestUsers.signOut();
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void the_openapi_description_lists_the_paths_and_the_bearer_scheme() throws Exception {
        MockHttpServletResponse response = anonymousGet("/v3/api-docs");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode doc = json.readTree(response.getContentAsByteArray());
        assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/v1/articles", "/api/v1/articles/{id}",
                "/api/v1/articles/{id}/claims", "/api/v1/claims/{id}", "/api/v1/claim-suggestions",
                "/api/v1/claim-matches", "/api/v1/claims/{id}/similar");
        assertThat(doc.path("paths").has("/api/**")).isFalse();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("personalAccessToken");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.path("security").toString()).contains("personalAccessToken");
    }

    @Test
    void swagger_ui_is_served_without_signing_in() throws Exception {
        assertThat(anonymousGet("/swagger-ui/index.html").getStatus()).isEqualTo(200);
        assertThat(anonymousGet("/swagger-ui.html").getRedirectedUrl()).contains("/swagger-ui/index.html");
    }

    @Test
    void the_real_server_serves_swagger_ui_and_answers_unknown_api_paths_in_json() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/swagger-ui/index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v2/anything")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
