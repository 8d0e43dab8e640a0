package app.factdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who can sign in. Roles are not here: they belong to memberships, one per workspace. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled = true;
    private String locale = "en";
    @Column(name = "failed_logins")
    private int failedLogins;
    private Instant failureWindowStart;
    private Instant lockedUntil;
    private Long lastWorkspaceId;
    private boolean installationAdmin;
    private String email;
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getLastWorkspaceId() {
        return lastWorkspaceId;
    }

    public boolean isInstallationAdmin() {
        return installationAdmin;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    LockoutPolicy.State lockoutState() {
        return new LockoutPolicy.State(failedLogins, failureWindowStart, lockedUntil);
    }

    void applyLockoutState(LockoutPolicy.State state) {
        this.failedLogins = state.failures();
        this.failureWindowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
    }

    void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    void updateProfile(String newDisplayName, String newLocale) {
        this.displayName = newDisplayName;
        this.locale = newLocale;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void grantInstallationAdmin(boolean granted) {
        this.installationAdmin = granted;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void rememberWorkspace(Long workspaceId) {
        this.lastWorkspaceId = workspaceId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
