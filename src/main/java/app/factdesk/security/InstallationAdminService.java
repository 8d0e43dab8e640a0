package app.factdesk.security;

import app.factdesk.shared.scope.DatabaseScope;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account-wide actions, for installation administrators only: list every account, disable or enable it, reset its
 * password, unlock it, grant or revoke installation administration. Workspace admins manage memberships instead
 * (workspace module). Every change is audited in the account-level chain and in each workspace of the account.
 */
@Service
@PreAuthorize("hasRole('" + FactDeskUser.INSTALLATION_ADMIN + "')")
public class InstallationAdminService {

    private final UserAccountRepository accounts;
    private final MembershipDirectory memberships;
    private final PasswordEncoder encoder;
    private final LockoutPolicy lockoutPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DatabaseScope scope;
    private final SignInThrottleStore throttle;

    InstallationAdminService(DatabaseScope scope, SignInThrottleStore throttle, UserAccountRepository accounts, MembershipDirectory memberships, PasswordEncoder encoder,
            LockoutPolicy lockoutPolicy, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.scope = scope;
        this.throttle = throttle;
        this.accounts = accounts;
        this.memberships = memberships;
        this.encoder = encoder;
        this.lockoutPolicy = lockoutPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Every account of the installation, by username. */
    @Transactional(readOnly = true)
    public List<AccountAdminRow> accounts() {
        return accounts.findAll().stream()
                .map(a -> new AccountAdminRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                        a.isEnabled(), lockoutPolicy.isLocked(a.lockoutState(), clock.instant()),
                        a.isInstallationAdmin()))
                .sorted(Comparator.comparing(AccountAdminRow::username)).toList();
    }

    /**
     * Enables or disables an account everywhere. Disabling yourself is refused, and so is disabling the last enabled
     * admin of any workspace (the message names the workspace).
     */
    @Transactional
    public void setAccountEnabled(long userId, boolean enabled) {
        UserAccount account = accounts.lockById(userId).orElseThrow(() -> new UserFacingException("account.not-found"));
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            if (userId == currentUser.require().userId()) {
                throw new UserFacingException("members.cannot-disable-self");
            }
            List<String> orphaned = scope.forInstallationAdmin(
                    () -> memberships.workspacesWhereLastAdminAcrossWorkspaces(userId));
            if (!orphaned.isEmpty()) {
                throw new UserFacingException("account.last-admin-of", String.join(", ", orphaned));
            }
        }
        account.setEnabled(enabled);
        publish(enabled ? "account.enabled" : "account.disabled", userId, Map.of("enabled", !enabled),
                Map.of("enabled", enabled));
    }

    /** Gives the account a new one-time password that must be changed at the next sign-in; also lifts a lockout. */
    @Transactional
    public NewAccount resetPassword(long userId) {
        UserAccount account = accounts.lockById(userId).orElseThrow(() -> new UserFacingException("account.not-found"));
        String password = AccountService.generateInitialPassword();
        account.changePassword(encoder.encode(password), true);
        account.applyLockoutState(lockoutPolicy.afterSuccess());
        throttle.forget(account.getUsername());
        publish("account.password_reset", userId, null, Map.of("mustChangePassword", true));
        return new NewAccount(AccountSummary.of(account), password);
    }

    /** Lifts a sign-in lockout and forgets the failed attempts. */
    @Transactional
    public void unlock(long userId) {
        UserAccount account = accounts.lockById(userId).orElseThrow(() -> new UserFacingException("account.not-found"));
        account.applyLockoutState(lockoutPolicy.afterSuccess());
        throttle.forget(account.getUsername());
        publish("account.unlocked", userId, null, null);
    }

    /** Grants or revokes installation administration; revoking your own is refused, so one always remains. */
    @Transactional
    public void setInstallationAdmin(long userId, boolean granted) {
        UserAccount account = accounts.lockById(userId).orElseThrow(() -> new UserFacingException("account.not-found"));
        if (!granted && userId == currentUser.require().userId()) {
            throw new UserFacingException("account.cannot-revoke-self");
        }
        if (account.isInstallationAdmin() == granted) {
            return;
        }
        account.grantInstallationAdmin(granted);
        publish("account.installation_admin_changed", userId, Map.of("installationAdmin", !granted),
                Map.of("installationAdmin", granted));
    }

    private void publish(String action, long userId, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new AccountChanged(null, action, userId, before, after));
        for (long workspaceId : scope.forInstallationAdmin(() -> memberships.workspaceIdsOfAcrossWorkspaces(userId))) {
            events.publishEvent(new AccountChanged(workspaceId, action, userId, before, after));
        }
    }
}
