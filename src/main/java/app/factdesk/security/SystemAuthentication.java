package app.factdesk.security;

import app.factdesk.shared.scope.DatabaseScope;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up and background work as the explicit system principal, never as a borrowed user. */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    /** Runs {@code work} as the system, admin of {@code workspace} (null: no workspace, provisioning only). */
    public static <T> T callAsSystem(WorkspaceRole workspace, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        FactDeskUser system = FactDeskUser.system(workspace);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return DatabaseScope.followingPrincipal(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(WorkspaceRole workspace, Runnable work) {
        callAsSystem(workspace, () -> {
            work.run();
            return null;
        });
    }
}
