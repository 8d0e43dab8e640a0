package app.factdesk.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request (or of the system task running now). */
@Component
public class CurrentUser {

    public Optional<FactDeskUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof FactDeskUser user ? Optional.of(user) : Optional.empty();
    }

    public FactDeskUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** The workspace every service call is scoped to; a user without one may do nothing workspace-bound. */
    public WorkspaceRole workspace() {
        WorkspaceRole workspace = require().workspace();
        if (workspace == null) {
            throw new AccessDeniedException("No current workspace");
        }
        return workspace;
    }

    public long workspaceId() {
        return workspace().workspaceId();
    }

    /** Replaces the principal of this session, e.g. after switching workspace or editing the profile. */
    void replace(FactDeskUser updated) {
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
