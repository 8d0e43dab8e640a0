package app.factdesk.api;

import app.factdesk.shared.ApiError;
import app.factdesk.shared.RequestLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Failures that Tomcat answers itself, before any servlet or filter runs (an encoded slash, a request line or
 * headers over the size limit, a malformed request): under {@code /api}, or when the path could not even be read,
 * the answer is a JSON {@link ApiError} as ADR 005 promises; elsewhere Tomcat's page without report or server
 * information. Replaces the error report valve Spring Boot installs, so it runs after Boot's customizer.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper json;
    private final RequestLimits limits;

    ContainerErrors(ObjectMapper json, RequestLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new JsonErrorReportValve(json, RequestLimits.megabytes(limits.maxMultipartBytes())));
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static class JsonErrorReportValve extends ErrorReportValve {

        private final ObjectMapper json;
        private final String megabytes;

        JsonErrorReportValve(ObjectMapper json, String megabytes) {
            this.json = json;
            this.megabytes = megabytes;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api");
            if (status < 400 || response.getContentWritten() > 0 || !api) {
                super.report(request, response, throwable);
                return;
            }
            ApiError error = status >= 500 ? ApiError.of(status, "api.unexpected", "-")
                    : status == 413 ? ApiError.of(413, "api.too-large", megabytes)
                    : status == 404 ? ApiError.of(404, "api.not-found") : ApiError.of(status, "api.invalid-input");
            try {
                byte[] body = json.writeValueAsBytes(error);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or already answered: nothing left to tell the client
            }
        }
    }
}
