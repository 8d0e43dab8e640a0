package app.factdesk.api;

import app.factdesk.shared.UserFacingException;
import app.factdesk.webhook.WebhookDeliveryRow;
import app.factdesk.webhook.WebhookEndpointRow;
import app.factdesk.webhook.WebhookEvent;
import app.factdesk.webhook.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed webhook endpoints of the workspace and their delivery log (admins).")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code POST /api/v1/webhooks}: where to send, an optional note, and event names such as {@code claim.created}. */
    record RegisterRequest(String url, String description, List<String> events) {
    }

    record Endpoint(long id, String url, String description, List<String> events, boolean enabled,
            String disabledReason, int failedInARow, Instant createdAt) {

        static Endpoint of(WebhookEndpointRow row) {
            return new Endpoint(row.id(), row.url(), row.description(),
                    row.events().stream().map(WebhookEvent::wireName).toList(), row.enabled(), row.disabledReason(),
                    row.failedInARow(), row.createdAt());
        }
    }

    /** The new endpoint and its signing secret: shown in this answer only. */
    record Registered(Endpoint endpoint, String secret) {
    }

    record Endpoints(List<Endpoint> items) {
    }

    record EnabledRequest(@NotNull(message = "api.field.required") Boolean enabled) {
    }

    record Deliveries(List<WebhookDeliveryRow> items) {
    }

    @GetMapping
    @Operation(summary = "The workspace's webhook endpoints, without their secrets (admins)")
    Endpoints list() {
        return new Endpoints(webhooks.endpoints().stream().map(Endpoint::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an endpoint; the answer holds its signing secret, shown this once (admins)")
    Registered register(@RequestBody RegisterRequest request) {
        List<WebhookEvent> events = new ArrayList<>();
        for (String name : request.events() == null ? List.<String>of() : request.events()) {
            events.add(WebhookEvent.ofWireName(name).orElseThrow(() -> new UserFacingException(
                    "webhook.event-unknown", String.valueOf(name).length() > 40 ? "…" : name)));
        }
        var registered = webhooks.register(request.url(), request.description(), events);
        return new Registered(Endpoint.of(registered.endpoint()), registered.secret());
    }

    @PutMapping("/{id}/enabled")
    @Operation(summary = "Turn an endpoint off (deliveries wait) or on again (they go out in order) (admins)")
    Endpoint enabled(@PathVariable long id, @Valid @RequestBody EnabledRequest request) {
        return Endpoint.of(webhooks.setEnabled(id, request.enabled()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an endpoint and its delivery log (admins)")
    void delete(@PathVariable long id) {
        webhooks.delete(id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's latest deliveries, newest first: status, response code, duration (admins)")
    Deliveries deliveries(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
        return new Deliveries(webhooks.deliveries(id, limit));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivery again, with the same event id and payload (admins)")
    WebhookDeliveryRow redeliver(@PathVariable long id, @PathVariable long deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}
