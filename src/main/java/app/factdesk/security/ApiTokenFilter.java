package app.factdesk.security;

import app.factdesk.shared.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, when the token is good, makes its owner the principal of this one
 * request. A bad token leaves the request anonymous and marks it, so the entry point can say which problem it was.
 * When the database cannot be reached to check the token, the answer is 503 {@code api.unavailable} at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String REJECTED = ApiTokenFilter.class.getName() + ".REJECTED";
    private static final String BEARER = "bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ApiSecurityErrors errors;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ApiSecurityErrors errors) {
        this.authenticator = authenticator;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            Optional<FactDeskUser> user;
            try {
                user = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? authenticator.authenticate(header.substring(BEARER.length()).strip())
                        : Optional.empty();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.isCause(e)) {
                    throw e;
                }
                errors.unavailable(response);
                return;
            }
            if (user.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                        user.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
            } else {
                SecurityContextHolder.clearContext();
                request.setAttribute(REJECTED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
