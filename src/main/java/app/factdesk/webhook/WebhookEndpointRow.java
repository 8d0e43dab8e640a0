package app.factdesk.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A registered endpoint as admins see it (never its secret): {@code disabledReason} is {@code failing} when Fact Desk
 * turned it off after {@code failedInARow} failed deliveries, {@code admin} when an admin did.
 */
public record WebhookEndpointRow(long id, String url, String description, List<WebhookEvent> events, boolean enabled,
        String disabledReason, int failedInARow, Instant createdAt) {
}
