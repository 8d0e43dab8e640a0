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
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles sign-ins per account and place with growing delays, locks an account for places that never signed in to
 * it after too many failures from anywhere (ADR 015), and records every attempt, in {@code security_event} and,
 * through {@link SignInEvent}, in the audit log's account-level chain.
 */
@Component
class LoginThrottle {

    static final String PLACE = LoginThrottle.class.getName() + ".PLACE";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccountRepository accounts;
    private final SecurityEventRepository events;
    private final LockoutPolicy policy;
    private final PlaceThrottlePolicy delays;
    private final SignInThrottleStore store;
    private final TrustedPlaces places;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    LoginThrottle(UserAccountRepository accounts, SecurityEventRepository events, LockoutPolicy policy,
            PlaceThrottlePolicy delays, SignInThrottleStore store, TrustedPlaces places, Clock clock,
            ApplicationEventPublisher publisher) {
        this.accounts = accounts;
        this.events = events;
        this.policy = policy;
        this.delays = delays;
        this.store = store;
        this.places = places;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * Whether a sign-in attempt for {@code typedUsername} from this request may have its password checked: not while
     * its place waits out a delay, nor while the account is locked and the place never signed in to it. A refusal is
     * recorded ({@code auth.login_throttled}); an admitted attempt carries its place to {@link #onFailure}.
     */
    @Transactional
    public boolean admit(String typedUsername, HttpServletRequest request) {
        String username = truncate(FactDeskUserDetailsService.normalize(typedUsername));
        Instant now = clock.instant();
        UserAccount account = accounts.findByUsername(username).orElse(null);
        Long userId = account == null ? null : account.getId();
        TrustedPlaces.Place place = places.of(userId, request, now);
        String refusal = delays.isBlocked(store.place(username, place.key()), now) ? "place-delay"
                : !place.trusted() && policy.isLocked(store.anywhere(username), now) ? "account-locked" : null;
        if (refusal == null) {
            request.setAttribute(PLACE, place.key());
            return true;
        }
        events.save(new SecurityEvent(now, SecurityEvent.Type.LOGIN_THROTTLED, username, userId,
                request.getRemoteAddr()));
        publisher.publishEvent(new SignInEvent("auth.login_throttled", userId, username,
                Auditable.fields("remoteAddress", request.getRemoteAddr(), "reason", refusal)));
        return false;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent) {
            return; // the password was never checked (database unavailable): nothing to count
        }
        String username = truncate(FactDeskUserDetailsService.normalize(
                String.valueOf(event.getAuthentication().getName())));
        String address = remoteAddress(event.getAuthentication().getDetails());
        Instant now = clock.instant();
        UserAccount account = accounts.lockByUsername(username).orElse(null);
        events.save(new SecurityEvent(now, SecurityEvent.Type.LOGIN_FAILED, username,
                account == null ? null : account.getId(), address));
        publisher.publishEvent(new SignInEvent("auth.login_failed", account == null ? null : account.getId(),
                username, Auditable.fields("remoteAddress", address)));
        String place = currentPlace(address);
        store.save(username, place, delays.afterFailure(store.place(username, place), now));
        if (account == null) {
            return;
        }
        LockoutPolicy.State before = store.anywhere(username);
        LockoutPolicy.State after = policy.afterFailure(before, now);
        store.saveAnywhere(username, after, now);
        if (!policy.isLocked(before, now) && policy.isLocked(after, now)) {
            events.save(new SecurityEvent(now, SecurityEvent.Type.ACCOUNT_LOCKED, username, account.getId(), address));
            publisher.publishEvent(new SignInEvent("auth.locked", account.getId(), username,
                    Auditable.fields("lockedUntil", after.lockedUntil().toString(), "remoteAddress", address)));
            log.warn("Account '{}' locked until {} for places it was never signed in from, after repeated failed "
                    + "sign-ins", username, after.lockedUntil());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof FactDeskUser user) || user.isSystem()) {
            return;
        }
        Instant now = clock.instant();
        accounts.findById(user.userId()).ifPresent(account -> account.applyLockoutState(policy.afterSuccess()));
        String address = remoteAddress(event.getAuthentication().getDetails());
        store.clear(user.getUsername(), currentPlace(address), now);
        events.save(new SecurityEvent(now, SecurityEvent.Type.LOGIN_SUCCEEDED, user.getUsername(), user.userId(),
                address));
        publisher.publishEvent(new SignInEvent("auth.login_succeeded", user.userId(), user.getUsername(),
                event.getAuthentication().getDetails() instanceof SsoLoginHandlers.SsoDetails sso
                        ? Auditable.fields("remoteAddress", address, "provider", sso.provider())
                        : Auditable.fields("remoteAddress", address)));
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                && web.getResponse() != null && event.getAuthentication().getDetails() != null) {
            places.remember(user.userId(), web.getRequest(), web.getResponse(), now);
        }
    }

    private static String currentPlace(String address) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                && web.getRequest().getAttribute(PLACE) instanceof String place) {
            return place;
        }
        return "addr:" + address;
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
