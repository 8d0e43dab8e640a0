package app.factdesk.security;

import app.factdesk.shared.scope.DatabaseScope;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FactDeskUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final MembershipDirectory memberships;
    private final LockoutPolicy lockoutPolicy;
    private final Clock clock;
    private final DatabaseScope scope;

    FactDeskUserDetailsService(UserAccountRepository accounts, MembershipDirectory memberships,
            LockoutPolicy lockoutPolicy, Clock clock, DatabaseScope scope) {
        this.scope = scope;
        this.accounts = accounts;
        this.memberships = memberships;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public FactDeskUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toPrincipal(account, account.getPasswordHash());
    }

    /**
     * The user as they are now: empty when the account was disabled or deleted, otherwise with the current role in
     * the same workspace (or another of theirs, or none, when that membership was removed).
     */
    @Transactional(readOnly = true)
    public Optional<FactDeskUser> reload(FactDeskUser user) {
        return accounts.findById(user.userId()).filter(UserAccount::isEnabled).map(account -> {
            FactDeskUser fresh = toPrincipal(account, null);
            WorkspaceRole same = user.workspace() == null ? null
                    : scope.forSignIn(user.userId(),
                            () -> memberships.membership(user.userId(), user.workspace().workspaceId()).orElse(null));
            return same == null ? fresh : fresh.withWorkspace(same);
        });
    }

    FactDeskUser toPrincipal(UserAccount account, String passwordHash) {
        List<WorkspaceRole> mine = scope.forSignIn(account.getId(), () -> memberships.membershipsOf(account.getId()));
        WorkspaceRole current = mine.stream()
                .filter(m -> account.getLastWorkspaceId() != null && m.workspaceId() == account.getLastWorkspaceId())
                .findFirst().orElse(mine.isEmpty() ? null : mine.get(0));
        return new FactDeskUser(account.getId(), account.getUsername(), account.getDisplayName(), passwordHash,
                account.isEnabled(), lockoutPolicy.isLocked(account.lockoutState(), clock.instant()),
                account.isMustChangePassword(), account.getLocale(), current,
                account.isInstallationAdmin());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
