package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class ApiSuggestionsIT {

    @Autowired
    ApiClient api;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String referenceArticle() throws Exception {
        try (InputStream in = ApiSuggestionsIT.class.getResourceAsStream("/demo/kremlin-putin-biden-contacts.ar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_reference_article_comes_back_as_sentences_with_exact_offsets() throws Exception {
        String text = referenceArticle();
        Map<String, Object> request = new HashMap<>();
        request.put("text", text);
        request.put("language", null);
        MockHttpServletResponse response = api.post(api.tokenOf(TestUsers.CHECKER), "/api/v1/claim-suggestions",
                request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode json = api.read(response);

        assertThat(json.path("language").asText()).isEqualTo("ar");
        double threshold = json.path("threshold").asDouble();
        assertThat(threshold).isBetween(0.0, 1.0);
        JsonNode sentences = json.path("sentences");
        assertThat(sentences.size()).isGreaterThan(5);
        int previousEnd = 0;
        for (JsonNode sentence : sentences) {
            int start = sentence.path("start").asInt();
            int end = sentence.path("end").asInt();
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(sentence.path("text").asText()).isEqualTo(text.substring(start, end));
            if (sentence.path("suggested").asBoolean()) {
                assertThat(sentence.path("score").asDouble()).isGreaterThanOrEqualTo(threshold);
            }
            previousEnd = end;
        }
        assertThat(sentences.findValues("suggested")).anyMatch(JsonNode::asBoolean);
        assertThat(sentences.findValues("suggested").stream().filter(JsonNode::asBoolean).count())
                .isLessThanOrEqualTo(sentences.size() / 2);
        assertThat(sentences.findValues("key")).extracting(JsonNode::asText).contains("quotation");
    }

    @Test
    void the_text_is_limited_and_the_language_checked() throws Exception {
        String token = api.tokenOf(TestUsers.EDITOR);
        JsonNode tooLong = api.read(api.post(token, "/api/v1/claim-suggestions",
                Map.of("text", "a".repeat(200_001))));
        assertThat(tooLong.path("status").asInt()).isEqualTo(400);
        assertThat(tooLong.path("fields").get(0).path("error").asText()).isEqualTo("api.suggestions.text-too-long");
        JsonNode language = api.read(api.post(token, "/api/v1/claim-suggestions",
                Map.of("text", "Hello.", "language", "fr")));
        assertThat(language.path("fields").get(0).path("error").asText())
                .isEqualTo("api.suggestions.language-invalid");
    }
}
