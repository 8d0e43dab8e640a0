package app.factdesk.webhook;

/** Fact Desk turned an endpoint off after it failed {@code failedInARow} deliveries in a row; admins are told. */
public record WebhookDisabled(long workspaceId, long endpointId, String url, int failedInARow) {
}
