package app.factdesk.workspace;

import app.factdesk.security.AccountService;
import app.factdesk.security.SystemAuthentication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time first-run token. When the application is ready (after demo data, if any) and no account exists, a
 * random token is made and printed in the log; {@code /setup?token=…} needs it. It lives in memory only: a restart
 * before setup prints a new one, and it is spent once the installation administrator exists.
 */
@Component
class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final boolean command;
    private volatile String token;

    SetupToken(AccountService accounts, @Value("${factdesk.command:}") String command) {
        this.accounts = accounts;
        this.command = !command.isEmpty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void issueIfNoAccountExists() {
        if (!command && SystemAuthentication.callAsSystem(null, accounts::noAccountExists)) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("No account exists yet. First-run setup token: {} (open /setup?token={} to create the "
                    + "installation administrator and the first workspace)", token, token);
        }
    }

    /** True while setup is open and {@code candidate} is the token (compared in constant time). */
    boolean matches(String candidate) {
        String current = token;
        return current != null && candidate != null && MessageDigest.isEqual(
                current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    boolean isOpen() {
        return token != null;
    }

    void spend() {
        token = null;
    }
}
