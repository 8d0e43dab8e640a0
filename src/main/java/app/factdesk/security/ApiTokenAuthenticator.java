package app.factdesk.security;

import app.factdesk.shared.scope.DatabaseScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer secret into the principal it acts as, read afresh at every request: the owner's account must be
 * enabled and still a member of the token's workspace, and the role is the one they have there now.
 */
@Component
class ApiTokenAuthenticator {

    /** Last use is recorded at most this often, to keep reads from becoming writes. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final MembershipDirectory memberships;
    private final FactDeskUserDetailsService principals;
    private final Clock clock;
    private final DatabaseScope scope;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserAccountRepository accounts, MembershipDirectory memberships,
            FactDeskUserDetailsService principals, Clock clock, DatabaseScope scope) {
        this.scope = scope;
        this.tokens = tokens;
        this.accounts = accounts;
        this.memberships = memberships;
        this.principals = principals;
        this.clock = clock;
    }

    @Transactional
    public Optional<FactDeskUser> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = ApiTokenSecrets.hash(secret);
        return scope.forPresentedToken(hash, () -> tokens.findByTokenHash(hash).filter(ApiToken::isActive)
                .flatMap(token -> {
            Optional<FactDeskUser> user = accounts.findById(token.getUserId()).filter(UserAccount::isEnabled)
                    .flatMap(account -> scope.forSignIn(account.getId(),
                            () -> memberships.membership(account.getId(), token.getWorkspaceId()))
                            .map(role -> principals.toPrincipal(account, null).withWorkspace(role)));
            user.ifPresent(u -> {
                Instant now = clock.instant();
                tokens.markUsed(token.getId(), now, now.minus(USE_RESOLUTION));
            });
            return user;
        }));
    }
}
