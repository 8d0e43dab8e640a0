package app.factdesk;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs demo users in for service-level tests, the way a successful form login would. */
@Component
public class TestUsers {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String CHECKER = "checker";
    public static final String VIEWER = "viewer";

    private final UserDetailsService users;

    public TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public UserDetails signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public <T> T as(String username, Supplier<T> work) {
        signIn(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
