package app.factdesk.security;

import app.factdesk.shared.Auditable;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins, locks accounts that reach the limit and records every attempt, in {@code security_event}
 * and, through {@link SignInEvent}, in the audit log's account-level chain.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccountRepository accounts;
    private final SecurityEventRepository events;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    LoginThrottle(UserAccountRepository accounts, SecurityEventRepository events, LockoutPolicy policy, Clock clock,
            ApplicationEventPublisher publisher) {
        this.accounts = accounts;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.publisher = publisher;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = FactDeskUserDetailsService.normalize(String.valueOf(event.getAuthentication().getName()));
        String address = remoteAddress(event.getAuthentication().getDetails());
        Instant now = clock.instant();
        UserAccount account = accounts.lockByUsername(username).orElse(null);
        events.save(new SecurityEvent(now, SecurityEvent.Type.LOGIN_FAILED, truncate(username),
                account == null ? null : account.getId(), address));
        publisher.publishEvent(new SignInEvent("auth.login_failed", account == null ? null : account.getId(),
                truncate(username), Auditable.fields("remoteAddress", address)));
        if (account == null) {
            return;
        }
        LockoutPolicy.State before = account.lockoutState();
        LockoutPolicy.State after = policy.afterFailure(before, now);
        account.applyLockoutState(after);
        if (!policy.isLocked(before, now) && policy.isLocked(after, now)) {
            events.save(new SecurityEvent(now, SecurityEvent.Type.ACCOUNT_LOCKED, username, account.getId(), address));
            publisher.publishEvent(new SignInEvent("auth.locked", account.getId(), username,
                    Auditable.fields("lockedUntil", after.lockedUntil().toString(), "remoteAddress", address)));
            log.warn("Account '{}' locked until {} after repeated failed sign-ins", username, after.lockedUntil());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof FactDeskUser user) || user.isSystem()) {
            return;
        }
        accounts.findById(user.userId()).ifPresent(account -> account.applyLockoutState(policy.afterSuccess()));
        String address = remoteAddress(event.getAuthentication().getDetails());
        events.save(new SecurityEvent(clock.instant(), SecurityEvent.Type.LOGIN_SUCCEEDED, user.getUsername(),
                user.userId(), address));
        publisher.publishEvent(new SignInEvent("auth.login_succeeded", user.userId(), user.getUsername(),
                Auditable.fields("remoteAddress", address)));
    }

    private static String remoteAddress(Object details) {
        if (details instanceof WebAuthenticationDetails web) {
            return web.getRemoteAddress();
        }
        return details instanceof HttpServletRequest request ? request.getRemoteAddr() : null;
    }

    private static String truncate(String username) {
        return username.length() <= 64 ? username : username.substring(0, 64);
    }
}
