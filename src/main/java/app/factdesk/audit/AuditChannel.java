package app.factdesk.audit;

import app.factdesk.security.FactDeskUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which door a change came through: the system principal, the REST API ({@code /api/...}) or the UI. */
final class AuditChannel {

    private AuditChannel() {
    }

    static String of(FactDeskUser principal) {
        if (principal != null && principal.isSystem()) {
            return "SYSTEM";
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                return "API";
            }
        }
        return "UI";
    }
}
