package app.factdesk.security;

import app.factdesk.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The REST API's answers when the token is missing or bad (401) or the role is not enough (403), as JSON. */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ApiSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean rejected = request.getAttribute(ApiTokenFilter.REJECTED) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                rejected ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"factdesk\"");
        write(response, ApiError.of(401, rejected ? "api.token-invalid" : "api.token-missing"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ApiError.of(403, "api.forbidden"));
    }

    /** 503 {@code api.unavailable}: the database cannot be reached, so a client should retry later. */
    void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        write(response, ApiError.of(503, "api.unavailable"));
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
