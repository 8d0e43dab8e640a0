package app.factdesk.security;

/** A created account and the one-time password to hand to its owner (shown once, never stored in clear). */
public record NewAccount(AccountSummary account, String initialPassword) {
}
