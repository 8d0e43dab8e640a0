package app.factdesk.webhook;

/** A newly registered endpoint with its signing secret, which is shown this once and never again. */
public record RegisteredWebhook(WebhookEndpointRow endpoint, String secret) {
}
