package app.factdesk.security;

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
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String REJECTED = ApiTokenFilter.class.getName() + ".REJECTED";
    private static final String BEARER = "bearer ";

    private final ApiTokenAuthenticator authenticator;

    ApiTokenFilter(ApiTokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            Optional<FactDeskUser> user = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authenticator.authenticate(header.substring(BEARER.length()).strip())
                    : Optional.empty();
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
