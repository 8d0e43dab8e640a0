package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description and Swagger UI are public: they describe the API and serve no data. */
@IntegrationTest
class ApiDocsIT {

    @Autowired
    MockMvc mvc;
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
                "/api/v1/articles/{id}/claims", "/api/v1/claims/{id}", "/api/v1/claim-suggestions");
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
}
