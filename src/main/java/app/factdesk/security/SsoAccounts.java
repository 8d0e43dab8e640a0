package app.factdesk.security;

import app.factdesk.shared.Auditable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Fact Desk account an OIDC identity signs in as (ADR 030): the one linked to its issuer and subject; at the
 * first sign-in, the account whose e-mail the provider vouches for ({@code email_verified}), or a new account without
 * any workspace when the installation allows it. Workspace roles always stay in Fact Desk.
 */
@Component
class SsoAccounts {

    static final String UNKNOWN = "factdesk_unknown_account";
    static final String UNVERIFIED = "factdesk_email_not_verified";
    static final String DISABLED = "factdesk_account_disabled";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final FactDeskUserDetailsService principals;
    private final SsoSettings settings;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SsoAccounts(UserAccountRepository accounts, FactDeskUserDetailsService principals, SsoSettings settings,
            JdbcTemplate jdbc, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.principals = principals;
        this.settings = settings;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The account this identity signs in as; refused with an OAuth2 error naming why. */
    @Transactional
    FactDeskUser signIn(OidcUser identity) {
        String issuer = identity.getIssuer().toString();
        String subject = identity.getSubject();
        Instant now = clock.instant();
        Optional<Long> linked = jdbc.query("select user_id from account_identity where issuer = ? and subject = ?",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(), issuer, subject);
        UserAccount account = linked.flatMap(accounts::findById).orElseGet(() -> link(identity, issuer, subject, now));
        if (!account.isEnabled()) {
            throw refused(DISABLED, "The account is disabled.");
        }
        jdbc.update("update account_identity set last_sign_in_at = ? where issuer = ? and subject = ?",
                Timestamp.from(now), issuer, subject);
        return principals.toPrincipal(account, null);
    }

    private UserAccount link(OidcUser identity, String issuer, String subject, Instant now) {
        Object claim = identity.getClaims().get(settings.emailClaim());
        String email = claim instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
        if (email.isEmpty() || !Boolean.TRUE.equals(identity.getEmailVerified())) {
            throw refused(UNVERIFIED, "The provider did not vouch for an e-mail address.");
        }
        Optional<UserAccount> byEmail = settings.linkByEmail() ? accounts.findByEmail(email) : Optional.empty();
        String action;
        UserAccount account;
        if (byEmail.isPresent()) {
            account = byEmail.get();
            action = "auth.sso_linked";
        } else if (settings.createAccounts() && !accounts.existsByEmail(email)) {
            account = create(identity, email, now);
            action = "auth.sso_account_created";
        } else {
            throw refused(UNKNOWN, "No account is linked to this identity.");
        }
        jdbc.update("insert into account_identity (user_id, issuer, subject, email, linked_at) values (?, ?, ?, ?, ?)",
                account.getId(), issuer, subject, email, Timestamp.from(now));
        events.publishEvent(new SignInEvent(action, account.getId(), account.getUsername(),
                Auditable.fields("provider", settings.providerName(), "issuer", issuer, "subject", subject,
                        "email", email)));
        return account;
    }

    /** A new account named after the identity, with no workspace and an unguessable password nobody knows. */
    private UserAccount create(OidcUser identity, String email, Instant now) {
        String base = Optional.ofNullable(identity.getPreferredUsername()).orElse(email.substring(0,
                email.indexOf('@'))).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = "user" + base;
        }
        base = base.substring(0, Math.min(base.length(), 56));
        String username = base;
        for (int n = 2; accounts.existsByUsername(username); n++) {
            username = base + "-" + n;
        }
        String name = Optional.ofNullable(identity.getFullName()).filter(s -> !s.isBlank()).map(String::strip)
                .map(s -> s.length() > 120 ? s.substring(0, 120) : s).orElse(username);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account = new UserAccount(username, name,
                encoder.encode(Base64.getEncoder().encodeToString(secret)), false, now);
        account.changeEmail(email);
        return accounts.save(account);
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
