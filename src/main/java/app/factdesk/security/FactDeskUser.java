package app.factdesk.security;

import app.factdesk.shared.scope.TenantPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them, with the workspace they are working in and their role there.
 * Immutable: switching workspace or changing the language makes a new one.
 */
public final class FactDeskUser implements UserDetails, Serializable, TenantPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String SYSTEM_USERNAME = "system";
    /** The role name (for {@code @RolesAllowed}/{@code hasRole}) of installation administrators. */
    public static final String INSTALLATION_ADMIN = "INSTALLATION_ADMIN";
    public static final String INSTALLATION_ADMIN_AUTHORITY = "ROLE_" + INSTALLATION_ADMIN;

    private final long userId;
    private final String username;
    private final String displayName;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final String language;
    private final WorkspaceRole workspace;
    private final boolean installationAdmin;

    public FactDeskUser(long userId, String username, String displayName, String passwordHash, boolean enabled,
            boolean locked, boolean mustChangePassword, String language, WorkspaceRole workspace) {
        this(userId, username, displayName, passwordHash, enabled, locked, mustChangePassword, language, workspace,
                false);
    }

    /** With {@code installationAdmin}: may act on accounts installation-wide (authority ROLE_INSTALLATION_ADMIN). */
    public FactDeskUser(long userId, String username, String displayName, String passwordHash, boolean enabled,
            boolean locked, boolean mustChangePassword, String language, WorkspaceRole workspace,
            boolean installationAdmin) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.language = language;
        this.workspace = workspace;
        this.installationAdmin = installationAdmin;
    }

    /** The identity that background work runs as: admin of one workspace, never a borrowed user. */
    public static FactDeskUser system(WorkspaceRole workspace) {
        return new FactDeskUser(0, SYSTEM_USERNAME, "System", null, true, false, false, "en", workspace);
    }

    public FactDeskUser withWorkspace(WorkspaceRole newWorkspace) {
        return new FactDeskUser(userId, username, displayName, null, enabled, locked, mustChangePassword, language,
                newWorkspace, installationAdmin);
    }

    public FactDeskUser withProfile(String newDisplayName, String newLanguage, boolean newMustChangePassword) {
        return new FactDeskUser(userId, username, newDisplayName, null, enabled, locked, newMustChangePassword,
                newLanguage, workspace, installationAdmin);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The current workspace, or null when the user belongs to none. */
    public WorkspaceRole workspace() {
        return workspace;
    }

    public boolean installationAdmin() {
        return installationAdmin;
    }

    public boolean isSystem() {
        return SYSTEM_USERNAME.equals(username) && userId == 0;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (workspace != null) {
            workspace.role().authorities().forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
        }
        if (installationAdmin) {
            authorities.add(new SimpleGrantedAuthority(INSTALLATION_ADMIN_AUTHORITY));
        }
        if (isSystem()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_SYSTEM"));
        }
        return authorities;
    }

    @Override
    public Long scopeWorkspaceId() {
        return workspace == null ? null : workspace.workspaceId();
    }

    @Override
    public Long scopeUserId() {
        return isSystem() ? null : userId;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactDeskUser other && other.userId == userId && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "FactDeskUser[" + username + "]";
    }
}
