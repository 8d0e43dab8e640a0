package app.factdesk.api;

import app.factdesk.shared.RequestLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The REST API's body limit runs first, before security reads anything of the request. */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfig {

    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(RequestLimits limits, ObjectMapper json) {
        FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(new ApiBodyLimit(limits, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
