package app.factdesk.security;

import app.factdesk.shared.UserFacingException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creation by workspace admins, the owner's profile, e-mail and password, first-run provisioning.
 * Account-wide actions on other people's accounts are in {@link InstallationAdminService}.
 */
@Service
public class AccountService {

    private static final String INITIAL_PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final SecurityEventRepository events;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final MembershipDirectory memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, SecurityEventRepository events, PasswordEncoder encoder,
            PasswordPolicy passwordPolicy, MembershipDirectory memberships, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates an account with a generated one-time password that must be changed at first sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccount createAccount(String username, String displayName) {
        String password = generateInitialPassword();
        return new NewAccount(create(username, displayName, password, true), password);
    }

    /** Creates an account with a known password; for start-up provisioning (demo data) only. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public AccountSummary provisionAccount(String username, String displayName, String password) {
        return create(username, displayName, password, false);
    }

    /**
     * The account an invitation names, by username or (when it contains {@code @}) e-mail. For the invitation service
     * only: its answer must never reach the inviting admin, who gets the same reply either way.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findInvitee(String usernameOrEmail) {
        String key = FactDeskUserDetailsService.normalize(usernameOrEmail);
        return (key.contains("@") ? accounts.findByEmail(key) : accounts.findByUsername(key)).map(AccountSummary::of);
    }

    /** The names an invitation may use for the signed-in user: their username and, if set, their e-mail. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> myInviteeNames() {
        UserAccount me = accounts.findById(currentUser.require().userId()).orElseThrow();
        return me.getEmail() == null ? List.of(me.getUsername()) : List.of(me.getUsername(), me.getEmail());
    }

    /** The signed-in user's e-mail, or blank. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String ownEmail() {
        String email = accounts.findById(currentUser.require().userId()).orElseThrow().getEmail();
        return email == null ? "" : email;
    }

    /** The signed-in user's e-mail (blank removes it); invitations may name them by it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnEmail(String email) {
        String value = FactDeskUserDetailsService.normalize(email);
        UserAccount me = accounts.findById(currentUser.require().userId()).orElseThrow();
        if (value.isEmpty()) {
            me.changeEmail(null);
            return;
        }
        if (value.length() > 254 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UserFacingException("profile.email-invalid");
        }
        if (!value.equals(me.getEmail()) && accounts.existsByEmail(value)) {
            throw new UserFacingException("profile.email-invalid");
        }
        me.changeEmail(value);
    }

    /** True when no account exists at all: a fresh installation that needs its first administrator. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    /**
     * Creates the first account of a fresh installation, as installation administrator, with the password the person
     * chose; refused once any account exists (serialized, so two setups cannot both succeed).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public AccountSummary provisionFirstInstallationAdmin(String username, String displayName, String password) {
        accounts.lockInstallationSetup();
        if (accounts.count() > 0) {
            throw new UserFacingException("setup.already-done");
        }
        AccountSummary created = create(username, displayName, password, false);
        accounts.findById(created.id()).orElseThrow().grantInstallationAdmin(true);
        return created;
    }

    /** Makes a provisioned account an installation administrator; for start-up provisioning (demo data) only. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionInstallationAdmin(long userId) {
        accounts.findById(userId).orElseThrow().grantInstallationAdmin(true);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountSummary> summaries(Collection<Long> ids) {
        return accounts.findByIdIn(ids).stream().map(AccountSummary::of).toList();
    }

    /** The signed-in user's own password; the current one is required. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        FactDeskUser me = currentUser.require();
        UserAccount account = accounts.findById(me.userId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.current-wrong");
        }
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.same-as-current");
        }
        requireAcceptable(newPassword, account.getUsername());
        account.changePassword(encoder.encode(newPassword), false);
        events.save(new SecurityEvent(clock.instant(), SecurityEvent.Type.PASSWORD_CHANGED, account.getUsername(),
                account.getId(), null));
        currentUser.replace(me.withProfile(me.displayName(), me.language(), false));
    }

    /** The signed-in user's display name and UI language ("en" or "ar"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateOwnProfile(String displayName, String language) {
        FactDeskUser me = currentUser.require();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new UserFacingException("profile.display-name-invalid");
        }
        if (!"en".equals(language) && !"ar".equals(language)) {
            throw new UserFacingException("profile.language-invalid");
        }
        accounts.findById(me.userId()).orElseThrow().updateProfile(name, language);
        currentUser.replace(me.withProfile(name, language, me.mustChangePassword()));
    }

    /** Makes another workspace the signed-in user's current one; they must be a member of it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WorkspaceRole switchWorkspace(long workspaceId) {
        FactDeskUser me = currentUser.require();
        WorkspaceRole target = memberships.membership(me.userId(), workspaceId)
                .orElseThrow(() -> new AccessDeniedException("Not a member of workspace " + workspaceId));
        accounts.findById(me.userId()).orElseThrow().rememberWorkspace(workspaceId);
        currentUser.replace(me.withWorkspace(target));
        return target;
    }

    private AccountSummary create(String username, String displayName, String password, boolean mustChange) {
        String name = FactDeskUserDetailsService.normalize(username);
        if (!name.matches("[a-z0-9._-]{3,64}")) {
            throw new UserFacingException("account.username-invalid");
        }
        if (accounts.existsByUsername(name)) {
            throw new UserFacingException("account.username-taken", name);
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > 120) {
            throw new UserFacingException("profile.display-name-invalid");
        }
        requireAcceptable(password, name);
        return AccountSummary.of(accounts.save(new UserAccount(name, shown, encoder.encode(password), mustChange,
                clock.instant())));
    }

    private void requireAcceptable(String password, String username) {
        passwordPolicy.violation(password, username).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
    }

    static String generateInitialPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(INITIAL_PASSWORD_ALPHABET.charAt(RANDOM.nextInt(INITIAL_PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }
}
