package app.factdesk.security;

/** What other modules may know of an account. */
public record AccountSummary(long id, String username, String displayName, boolean enabled) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.isEnabled());
    }
}
