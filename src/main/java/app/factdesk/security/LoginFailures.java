package app.factdesk.security;

import app.factdesk.shared.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed sign-in lands: {@code /login?error} for every wrong name, password, disabled or locked account alike,
 * and {@code /login?unavailable} when the password could not be checked because the database is unreachable.
 */
class LoginFailures implements AuthenticationFailureHandler {

    /** The login page's query parameter for "the database is unavailable; retrying". */
    public static final String UNAVAILABLE = "unavailable";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean unavailable = DatabaseUnavailable.isCause(exception);
        response.sendRedirect(request.getContextPath() + "/login?" + (unavailable ? UNAVAILABLE : "error"));
    }
}
