package app.factdesk.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security and the account policies, without anything of the web: the {@code create-admin} command runs the
 * services without a web server, where {@link SecurityConfig}'s filter chains do not exist.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class AccountSecurityConfig {

    /** Argon2id with OWASP's minimum parameters: 19 MiB, 2 iterations, parallelism 1. */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    @Bean
    LockoutPolicy lockoutPolicy(@Value("${factdesk.security.max-failures}") int maxFailures,
            @Value("${factdesk.security.failure-window}") Duration window,
            @Value("${factdesk.security.lock-duration}") Duration lockDuration) {
        return new LockoutPolicy(maxFailures, window, lockDuration);
    }

    @Bean
    PlaceThrottlePolicy placeThrottlePolicy(@Value("${factdesk.security.place-free-failures}") int freeFailures,
            @Value("${factdesk.security.place-first-delay}") Duration firstDelay,
            @Value("${factdesk.security.lock-duration}") Duration maxDelay,
            @Value("${factdesk.security.failure-window}") Duration window) {
        return new PlaceThrottlePolicy(freeFailures, firstDelay, maxDelay, window);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }
}
