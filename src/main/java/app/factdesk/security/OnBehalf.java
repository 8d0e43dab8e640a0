package app.factdesk.security;

import app.factdesk.shared.scope.DatabaseScope;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Background work that a person asked for (an export) runs as that person as they are when it runs, not as they
 * were when they asked: a job of someone since disabled, removed from the workspace or demoted runs as nobody, and
 * the services' own checks ({@code @PreAuthorize}, the workspace scope) decide again.
 */
@Component
public class OnBehalf {

    private final FactDeskUserDetailsService principals;

    OnBehalf(FactDeskUserDetailsService principals) {
        this.principals = principals;
    }

    /** The person now, with their current role in {@code workspaceId}; empty when disabled or no longer a member. */
    public Optional<FactDeskUser> memberNow(long userId, long workspaceId) {
        WorkspaceRole lookup = new WorkspaceRole(workspaceId, "", Role.VIEWER);
        FactDeskUser stub = new FactDeskUser(userId, "", "", null, true, false, false, "en", lookup);
        return SystemAuthentication.callAsSystem(lookup, () -> principals.reload(stub))
                .filter(u -> u.workspace() != null && u.workspace().workspaceId() == workspaceId && !u.isSystem());
    }

    /** Runs {@code work} signed in as {@code user}, restoring the previous security context afterwards. */
    public static <T> T callAs(FactDeskUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return DatabaseScope.followingPrincipal(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
