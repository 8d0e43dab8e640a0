package app.factdesk.shared.scope;

/** A principal that says which workspace and person the database should scope its transactions to. */
public interface TenantPrincipal {

    /** The workspace the principal works in now, or null when none. */
    Long scopeWorkspaceId();

    /** The person acting, or null for the system. */
    Long scopeUserId();
}
