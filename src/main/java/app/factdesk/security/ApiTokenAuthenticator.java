package app.factdesk.security;

import app.factdesk.shared.Auditable;
import app.factdesk.shared.scope.DatabaseScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a bearer secret into the principal it acts as: the owner's account must be enabled and still a member of the
 * token's workspace, and the role is the one they have there now. The answer is kept for {@link #FRESHNESS} per token
 * (ADR 023): any committed change of an account, a membership, an invitation or a token on this server forgets every
 * kept answer at once, and another server's change is seen within {@link #FRESHNESS}. The last use is written when an
 * answer is read from the database, at most once a minute per token.
 */
@Component
class ApiTokenAuthenticator {

    /** How long a looked-up token is believed without asking the database again. */
    static final Duration FRESHNESS = Duration.ofSeconds(2);
    /** Last use is recorded at most this often, to keep reads from becoming writes. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    /** Changes that can end or alter what a token may do: these object types forget every kept answer. */
    private static final Set<String> ACCESS_OBJECTS = Set.of("account", "member", "invitation", "token", "workspace");

    private record Kept(FactDeskUser user, Instant until, long generation) {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final MembershipDirectory memberships;
    private final FactDeskUserDetailsService principals;
    private final Clock clock;
    private final DatabaseScope scope;
    private final TransactionTemplate transaction;
    private final ConcurrentMap<String, Kept> kept = new ConcurrentHashMap<>();
    /** Moves on at every forgetting, so an answer read before a change is never kept after it. */
    private volatile long generation;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserAccountRepository accounts, MembershipDirectory memberships,
            FactDeskUserDetailsService principals, Clock clock, DatabaseScope scope,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.scope = scope;
        this.tokens = tokens;
        this.accounts = accounts;
        this.memberships = memberships;
        this.principals = principals;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Optional<FactDeskUser> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = ApiTokenSecrets.hash(secret);
        Instant now = clock.instant();
        Kept known = kept.get(hash);
        if (known != null && now.isBefore(known.until()) && known.generation() == generation) {
            return Optional.of(known.user());
        }
        long before = generation;
        Optional<FactDeskUser> user = transaction.execute(status -> lookUp(hash, now));
        if (user.isPresent() && before == generation) {
            kept.put(hash, new Kept(user.get(), now.plus(FRESHNESS), before));
        } else {
            kept.remove(hash);
        }
        return user;
    }

    /** After a change of access commits here, no kept answer is used again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void accessChanged(Auditable event) {
        if (ACCESS_OBJECTS.contains(event.objectType())) {
            forgetAll();
        }
    }

    void forgetAll() {
        generation++;
        kept.clear();
    }

    private Optional<FactDeskUser> lookUp(String hash, Instant now) {
        return scope.forPresentedToken(hash, () -> tokens.findByTokenHash(hash).filter(ApiToken::isActive)
                .flatMap(token -> {
            Optional<FactDeskUser> user = accounts.findById(token.getUserId()).filter(UserAccount::isEnabled)
                    .flatMap(account -> scope.forSignIn(account.getId(),
                            () -> memberships.membership(account.getId(), token.getWorkspaceId()))
                            .map(role -> principals.toPrincipal(account, null).withWorkspace(role)));
            user.ifPresent(u -> tokens.markUsed(token.getId(), now, now.minus(USE_RESOLUTION)));
            return user;
        }));
    }
}
