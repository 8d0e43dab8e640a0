package app.factdesk.webhook;

import java.time.Instant;

/**
 * One delivery of one event to one endpoint: {@code PENDING} until it was answered with a 2xx ({@code DELIVERED}) or
 * given up ({@code FAILED}); the last attempt's response code (null without a response), duration and error.
 * {@code eventId} stays the same on a redelivery, so a receiver can tell a repeat.
 */
public record WebhookDeliveryRow(long id, long endpointId, String eventId, String event, String status, int attempts,
        Instant createdAt, Instant lastAttemptAt, Integer responseCode, Integer durationMs, String error,
        Long redeliveryOf) {
}
