package app.factdesk.security;

import app.factdesk.shared.Auditable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After an SSO sign-in the session holds the same principal as after a password sign-in ({@link FactDeskUser}), and
 * the sign-in is recorded the same way ({@code auth.login_succeeded}, with the provider); a refused one is recorded as
 * {@code auth.sso_refused} with the reason and the person lands on the sign-in page, which says SSO did not let them
 * in.
 */
class SsoLoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The sign-in page's address after a refused SSO sign-in. */
    static final String REFUSED_URL = "/login?sso-refused";

    private static final Logger LOG = LoggerFactory.getLogger(SsoLoginHandlers.class);

    private final SsoSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SsoLoginHandlers(SsoSettings settings, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (!(authentication.getPrincipal() instanceof SsoUserService.Linked linked)) {
            onAuthenticationFailure(request, response, new OAuth2AuthenticationException("factdesk_unexpected"));
            return;
        }
        FactDeskUser user = linked.account();
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        signedIn.setDetails(new SsoDetails(request, settings.providerName(), linked.getIdToken().getTokenValue()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        next.onAuthenticationSuccess(request, response, signedIn);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        LOG.info("Single sign-on refused from {}: {}", request.getRemoteAddr(), reason);
        transactions.executeWithoutResult(s -> events.publishEvent(new SignInEvent("auth.sso_refused", null, "sso",
                Auditable.fields("provider", settings.providerName(), "reason", reason,
                        "remoteAddress", request.getRemoteAddr()))));
        response.sendRedirect(request.getContextPath() + REFUSED_URL);
    }

    /** The request's details, which provider signed the person in, and its ID token (for logging out there too). */
    static final class SsoDetails extends WebAuthenticationDetails {

        private final String provider;
        private final String idToken;

        SsoDetails(HttpServletRequest request, String provider, String idToken) {
            super(request);
            this.provider = provider;
            this.idToken = idToken;
        }

        String provider() {
            return provider;
        }

        String idToken() {
            return idToken;
        }
    }
}
