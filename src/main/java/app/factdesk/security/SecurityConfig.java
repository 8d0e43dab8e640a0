package app.factdesk.security;

import app.factdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, FactDeskUserDetailsService principals,
            LoginThrottle throttle, RequestUtil vaadinRequests, SsoSettings sso, SsoAccounts ssoAccounts,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) throws Exception {
        http.addFilterBefore(new AccountStatusFilter(principals), AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                // The public signing keys, for anyone who verifies an export (ADR 018).
                .requestMatchers(HttpMethod.GET, "/.well-known/factdesk-keys.json").permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN_NAME));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Sign-in hardening (ADR 015): the login POST needs the CSRF token as well (Vaadin's own requests carry
        // Vaadin's token), goes through the throttle first, and says so when the database is unreachable.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginGate(throttle, sso), UsernamePasswordAuthenticationFilter.class);
        SsoClientRegistrations registrations = new SsoClientRegistrations(sso);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (sso.enabled()) {
                vaadin.logoutSuccessHandler(new SsoLogout(registrations));
            }
        });
        http.formLogin(form -> form.failureHandler(new LoginFailures())); // after Vaadin's: keeps its login view
        if (sso.enabled()) {
            // Single sign-on (ADR 030): the sign-in page links to /oauth2/authorization/sso; the provider returns to
            // /login/oauth2/code/sso. Both are handled by Spring Security's filters before any authorization.
            SsoLoginHandlers handlers = new SsoLoginHandlers(sso, events, transactions);
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(ssoAccounts)))
                    .successHandler(handlers).failureHandler(handlers));
        }
        return http.build();
    }
}
