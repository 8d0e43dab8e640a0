package app.factdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies an admin's changes to sessions that are already open: before each request is authorized, the signed-in
 * user's account and membership are re-read (one indexed query). A disabled account loses its session; a changed role,
 * a removed or suspended membership (a suspended membership is not listed by the directory) or a changed
 * installation-admin flag replaces the principal.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    private final FactDeskUserDetailsService principals;

    AccountStatusFilter(FactDeskUserDetailsService principals) {
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FactDeskUser user && !user.isSystem()) {
            Optional<FactDeskUser> fresh = principals.reload(user);
            if (fresh.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!sameAccess(user, fresh.get())) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
                        fresh.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean sameAccess(FactDeskUser before, FactDeskUser after) {
        return java.util.Objects.equals(before.workspace(), after.workspace())
                && before.mustChangePassword() == after.mustChangePassword()
                && before.installationAdmin() == after.installationAdmin();
    }
}
