package app.factdesk.shared;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's limits, derived from {@link RequestLimits}: the multipart limits of every servlet (Vaadin's
 * uploads and Spring MVC), and how much of a refused upload Tomcat reads to send the answer (so the client sees the
 * 413 instead of a reset connection).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfig {

    @Bean
    MultipartConfigElement multipartConfigElement(RequestLimits limits) {
        return new MultipartConfigElement("", limits.maxMultipartFileBytes(), limits.maxMultipartBytes(), 0);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowRefusedUploads(RequestLimits limits) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof org.apache.coyote.http11.AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize((int) Math.min(Integer.MAX_VALUE, limits.maxMultipartBytes() + 1024 * 1024));
            }
        });
    }
}
