package app.factdesk.api;

import app.factdesk.shared.ApiError;
import app.factdesk.shared.RequestLimits;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The servlet container's error page ({@code /error}, replacing Spring Boot's): what failed before or outside a
 * controller (a refused upload, a request the firewall rejects, an exception in a filter). Under {@code /api} the
 * answer is the usual JSON {@link ApiError}; elsewhere a plain page with the status only. Neither ever shows an
 * exception's class or message; an exception is logged once, with a reference the answer gives.
 */
@RestController
class ErrorAnswers implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    private final RequestLimits limits;

    ErrorAnswers(RequestLimits limits) {
        this.limits = limits;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        ApiError answer = answer(status, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (path.startsWith(request.getContextPath() + "/api")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
        }
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Fact Desk</title></head><body>"
                + "<h1>" + status + "</h1><p>" + HtmlUtils.htmlEscape(answer.message()) + "</p>"
                + "<p><a href=\"/\">Fact Desk</a></p></body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(page);
    }

    private ApiError answer(int status, Throwable exception) {
        if (status >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error outside the controllers (status {}, reference {})", status, reference,
                    exception);
            return ApiError.of(status, "api.unexpected", reference);
        }
        return switch (status) {
            case 401 -> ApiError.of(401, "api.token-missing");
            case 403 -> ApiError.of(403, "api.forbidden");
            case 404 -> ApiError.of(404, "api.not-found");
            case 405 -> ApiError.of(405, "api.method-not-allowed");
            case 413 -> ApiError.of(413, "api.too-large", RequestLimits.megabytes(limits.maxMultipartBytes()));
            default -> ApiError.of(status, "api.invalid-input");
        };
    }
}
