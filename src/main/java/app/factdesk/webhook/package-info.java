/**
 * Signed webhooks (ADR 028): admins register endpoints per workspace; claim, verdict, export and checkpoint events
 * become deliveries in the transaction of the change, sent in the background through db-scheduler, signed with
 * HMAC-SHA256, retried with growing delays, logged for admins (with "redeliver"), and an endpoint that keeps failing
 * is disabled with a notice to the workspace's admins. Outbound requests follow the same address rules as evidence
 * captures ({@link app.factdesk.shared.net.TargetPolicy}).
 */
package app.factdesk.webhook;
