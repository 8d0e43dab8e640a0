package app.factdesk.api;

import app.factdesk.TestUsers;
import app.factdesk.security.ApiTokenService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the REST API through MockMvc with a bearer token, as a script would; nothing of the test thread leaks in. */
@Component
@org.springframework.context.annotation.Lazy
class ApiClient {

    private final MockMvc mvc;
    private final TestUsers users;
    private final ApiTokenService tokens;
    private final ObjectMapper json;

    ApiClient(MockMvc mvc, TestUsers users, ApiTokenService tokens, ObjectMapper json) {
        this.mvc = mvc;
        this.users = users;
        this.tokens = tokens;
        this.json = json;
    }

    /** A fresh token of {@code username} for their current workspace. */
    String tokenOf(String username) {
        users.signIn(username);
        try {
            return tokens.create("test " + username).secret();
        } finally {
            TestUsers.signOut();
        }
    }

    MockHttpServletResponse get(String token, String path) throws Exception {
        TestUsers.signOut();
        var request = MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse post(String token, String path, Object body) throws Exception {
        return postRaw(token, path, body instanceof String raw ? raw : json.writeValueAsString(body));
    }

    MockHttpServletResponse put(String token, String path, Object body) throws Exception {
        TestUsers.signOut();
        return mvc.perform(MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andReturn().getResponse();
    }

    MockHttpServletResponse delete(String token, String path) throws Exception {
        TestUsers.signOut();
        return mvc.perform(MockMvcRequestBuilders.delete(path).header("Authorization", "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    MockHttpServletResponse postRaw(String token, String path, String body) throws Exception {
        TestUsers.signOut();
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsByteArray());
    }
}
