package app.factdesk.shared.scope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the database lets the current transaction see (ADR 017). By default the scope follows the signed-in
 * principal: their current workspace and their user id. The few kinds of work that legitimately reach beyond it
 * have a named method here, and nothing else widens the scope; each method narrows or shifts it for the duration of
 * the work and restores it afterwards, also inside a transaction that is already running.
 */
@Component
public class DatabaseScope {

    /** The settings one transaction runs with; null fields are unset. */
    public record Scope(Long workspaceId, Long userId, String tokenHash, boolean accountChain,
            boolean installationAdmin) {

        static final Scope NONE = new Scope(null, null, null, false, false);
    }

    private static final ThreadLocal<Deque<Scope>> OVERRIDES = ThreadLocal.withInitial(ArrayDeque::new);
    private static final String APPLY = "select set_config('factdesk.workspace_id', ?, true), "
            + "set_config('factdesk.user_id', ?, true), set_config('factdesk.token_hash', ?, true), "
            + "set_config('factdesk.account_chain', ?, true), set_config('factdesk.installation_admin', ?, true)";

    private static volatile DataSource dataSource;

    DatabaseScope(DataSource dataSource) {
        DatabaseScope.dataSource = dataSource;
    }

    /**
     * Work done as another principal (the system, during start-up and background work): the principal now in the
     * security context decides the scope, also inside a transaction that an earlier principal began.
     */
    public static <T> T followingPrincipal(Supplier<T> work) {
        return within(principalScope(), work);
    }

    /**
     * Work on behalf of another workspace than the principal's current one: appending an event to that workspace's
     * audit chain, provisioning a new workspace, accepting an invitation into it, checking its admins. The caller
     * has already decided that the principal may do this.
     */
    public <T> T inWorkspace(long workspaceId, Supplier<T> work) {
        Scope now = current();
        return within(new Scope(workspaceId, now.userId(), null, now.accountChain(), now.installationAdmin()), work);
    }

    /** Sign-in and session checks: the person's own memberships in every workspace, nothing else. */
    public <T> T forSignIn(long userId, Supplier<T> work) {
        return within(new Scope(null, userId, null, false, false), work);
    }

    /** A presented API token: only the token whose secret hashes to {@code tokenHash} can be found and marked used. */
    public <T> T forPresentedToken(String tokenHash, Supplier<T> work) {
        return within(new Scope(null, null, tokenHash, false, false), work);
    }

    /** The installation administrator reading the account-level audit chain (chain 0). */
    public <T> T forAccountChain(Supplier<T> work) {
        Scope now = current();
        return within(new Scope(now.workspaceId(), now.userId(), null, true, now.installationAdmin()), work);
    }

    /**
     * The installation administrator's account-wide checks: every workspace's memberships may be read (to find the
     * workspaces an account belongs to and whether it is their last admin), nothing else of those workspaces.
     */
    public <T> T forInstallationAdmin(Supplier<T> work) {
        Scope now = current();
        return within(new Scope(now.workspaceId(), now.userId(), null, now.accountChain(), true), work);
    }

    /** The scope a transaction started now would get. */
    public static Scope current() {
        Scope override = OVERRIDES.get().peek();
        if (override != null) {
            return override;
        }
        return principalScope();
    }

    private static Scope principalScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TenantPrincipal principal) {
            return new Scope(principal.scopeWorkspaceId(), principal.scopeUserId(), null, false, false);
        }
        return Scope.NONE;
    }

    /** Sets the current scope on a connection for the rest of its transaction ({@code set_config(..., true)}). */
    static void applyTo(Connection connection) throws SQLException {
        Scope scope = current();
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, scope.workspaceId() == null ? "" : scope.workspaceId().toString());
            statement.setString(2, scope.userId() == null ? "" : scope.userId().toString());
            statement.setString(3, scope.tokenHash() == null ? "" : scope.tokenHash());
            statement.setString(4, scope.accountChain() ? "on" : "");
            statement.setString(5, scope.installationAdmin() ? "on" : "");
            statement.execute();
        }
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        if (scope.equals(current())) {
            // Already the scope of the running transaction (an audit append in the member's own workspace): setting
            // it again and back would be two round trips that change nothing.
            Deque<Scope> stack = OVERRIDES.get();
            stack.push(scope);
            try {
                return work.get();
            } finally {
                restore(stack);
            }
        }
        Deque<Scope> stack = OVERRIDES.get();
        stack.push(scope);
        T result;
        try {
            applyToRunningTransaction();
            result = work.get();
        } catch (RuntimeException | Error failure) {
            restore(stack);
            try {
                applyToRunningTransaction();
            } catch (RuntimeException alsoFailed) {
                // A failed statement aborts the transaction; the scope no longer matters, the first failure does.
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        restore(stack);
        applyToRunningTransaction();
        return result;
    }

    private static void restore(Deque<Scope> stack) {
        stack.pop();
        if (stack.isEmpty()) {
            OVERRIDES.remove();
        }
    }

    private static void applyToRunningTransaction() {
        DataSource dataSource = DatabaseScope.dataSource;
        if (dataSource == null || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.getResource(dataSource) == null) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            applyTo(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the database scope", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
