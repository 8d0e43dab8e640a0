/**
 * The REST API under {@code /api/v1}: articles, claims with their W3C Web Annotation anchors, claim suggestions,
 * sources, verdicts with their sign-off (approving is subject to the same four-eyes rule as in the UI), and the audit
 * log in chain order with cursor paging and its chain verification, as JSON records (never entities). Callers
 * authenticate with a personal access token (security module) and act with the token owner's current role in the
 * token's workspace; every call goes through the same services as the UI, so the same rules and workspace scope
 * apply. Errors are JSON {@link app.factdesk.shared.ApiError} bodies.
 */
package app.factdesk.api;
