package app.factdesk.security;

import app.factdesk.shared.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login POST: an attempt that {@link LoginThrottle} does not admit gets the same answer as a wrong
 * password without its password being checked; while the database is unreachable the login page says so. When the
 * installation signs in through SSO only ({@code factdesk.sso.local-passwords=false}) the POST is refused (403).
 */
class LoginGate extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(org.springframework.http.HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final SsoSettings sso;

    LoginGate(LoginThrottle throttle, SsoSettings sso) {
        this.throttle = throttle;
        this.sso = sso;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sso.localPasswords()) {
            // Passwords are turned off for this installation (single sign-on only): nothing is checked or counted.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean admitted;
        try {
            admitted = throttle.admit(String.valueOf(request.getParameter("username")), request);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + "/login?" + LoginFailures.UNAVAILABLE);
            return;
        }
        if (admitted) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
