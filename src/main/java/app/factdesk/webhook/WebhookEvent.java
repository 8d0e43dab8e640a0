package app.factdesk.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can subscribe to; {@link #wireName()} is the {@code event} field of the payload. */
public enum WebhookEvent {
    CLAIM_CREATED("claim.created"),
    CLAIM_STATE_CHANGED("claim.state_changed"),
    VERDICT_PROPOSED("verdict.proposed"),
    VERDICT_APPROVED("verdict.approved"),
    VERDICT_RETURNED("verdict.returned"),
    VERDICT_PUBLISHED("verdict.published"),
    VERDICT_CORRECTED("verdict.corrected"),
    EXPORT_FINISHED("export.finished"),
    CHECKPOINT_SIGNED("checkpoint.signed");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
