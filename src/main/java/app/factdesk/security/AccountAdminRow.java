package app.factdesk.security;

/** One account as the installation administrator's accounts screen lists it. */
public record AccountAdminRow(long id, String username, String displayName, String email, boolean enabled,
        boolean locked, boolean installationAdmin) {
}
