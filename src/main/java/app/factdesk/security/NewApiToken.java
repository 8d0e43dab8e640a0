package app.factdesk.security;

/** A created token and its secret, shown to the owner once and never stored in clear. */
public record NewApiToken(ApiTokenRow token, String secret) {
}
