package app.factdesk.webhook;

import app.factdesk.attest.SecretVault;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.net.TargetPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with webhooks (ADR 028): register an endpoint (its secret shown once), list endpoints and their
 * delivery log, turn one off and on, delete one, send a delivery again. An endpoint's URL must be http or https
 * without credentials, and every address its host has must be one a server-side request may reach
 * ({@link TargetPolicy}: internal addresses only when the installation's allow-list names them).
 */
@Service
public class WebhookService {

    public static final int MAX_ENDPOINTS = 20;
    public static final int MAX_URL = 2000;
    public static final int MAX_DESCRIPTION = 200;
    private static final String COLUMNS = "id, url, description, events, enabled, disabled_reason, failed_in_a_row, "
            + "created_at";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SecretVault vault;
    private final WebhookOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookService(JdbcTemplate jdbc, CurrentUser currentUser, SecretVault vault, WebhookOutbox outbox,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.vault = vault;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an endpoint for {@code subscribed} events; returns it with its secret, shown only now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RegisteredWebhook register(String url, String description, Collection<WebhookEvent> subscribed) {
        if (subscribed == null || subscribed.isEmpty() || subscribed.stream().anyMatch(java.util.Objects::isNull)) {
            throw new UserFacingException("webhook.events-required");
        }
        String text = description == null ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw new UserFacingException("webhook.description-too-long", MAX_DESCRIPTION);
        }
        String checkedUrl = checkedUrl(url);
        Long existing = jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class);
        if (existing != null && existing >= MAX_ENDPOINTS) {
            throw new UserFacingException("webhook.too-many", MAX_ENDPOINTS);
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String[] names = new TreeSet<>(subscribed.stream().map(Enum::name).toList()).toArray(String[]::new);
        long id = jdbc.queryForObject("insert into webhook_endpoint (url, description, events, secret_sealed, "
                + "created_by, created_at) values (?, ?, ?, '\\x00'::bytea, ?, ?) returning id", Long.class, checkedUrl,
                text == null || text.isEmpty() ? null : text, names, currentUser.require().userId(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        jdbc.update("update webhook_endpoint set secret_sealed = ? where id = ?", vault.seal(secret, "webhook:" + id),
                id);
        events.publishEvent(new WebhookChanged(currentUser.workspaceId(), "webhook.registered", id,
                Map.of("url", checkedUrl, "events", List.of(names))));
        return new RegisteredWebhook(find(id).orElseThrow(), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookEndpointRow> endpoints() {
        return jdbc.query("select " + COLUMNS + " from webhook_endpoint order by id", WebhookService::endpoint);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<WebhookEndpointRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from webhook_endpoint where id = ?", WebhookService::endpoint, id)
                .stream().findFirst();
    }

    /** Turns an endpoint off (its pending deliveries wait) or on again (they go out, oldest first). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WebhookEndpointRow setEnabled(long id, boolean enabled) {
        WebhookEndpointRow endpoint = find(id).orElseThrow(() -> new UserFacingException("webhook.not-found"));
        if (endpoint.enabled() == enabled) {
            return endpoint;
        }
        jdbc.update("update webhook_endpoint set enabled = ?, disabled_reason = ?, failed_in_a_row = 0 where id = ?",
                enabled, enabled ? null : "admin", id);
        events.publishEvent(new WebhookChanged(currentUser.workspaceId(), enabled ? "webhook.enabled"
                : "webhook.disabled", id, Map.of("reason", enabled ? "" : "admin")));
        if (enabled) {
            jdbc.query("select distinct ordering_key from webhook_delivery where endpoint_id = ? and status = 'PENDING'",
                    (rs, n) -> rs.getLong(1), id).forEach(key -> outbox.schedule(currentUser.workspaceId(), id, key));
        }
        return find(id).orElseThrow();
    }

    /** Deletes an endpoint with its delivery log; nothing more is sent to it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        WebhookEndpointRow endpoint = find(id).orElseThrow(() -> new UserFacingException("webhook.not-found"));
        jdbc.update("delete from webhook_endpoint where id = ?", id);
        events.publishEvent(new WebhookChanged(currentUser.workspaceId(), "webhook.deleted", id,
                Map.of("url", endpoint.url())));
    }

    /** The endpoint's latest deliveries, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookDeliveryRow> deliveries(long endpointId, int limit) {
        find(endpointId).orElseThrow(() -> new UserFacingException("webhook.not-found"));
        return jdbc.query("select id, endpoint_id, event_id, event, status, attempts, created_at, last_attempt_at, "
                + "response_code, duration_ms, error, redelivery_of from webhook_delivery where endpoint_id = ? "
                + "order by id desc limit ?", WebhookService::delivery, endpointId, Math.max(1, Math.min(limit, 500)));
    }

    /** Sends a delivery again as a new delivery with the same event id and payload, after the queue's others. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WebhookDeliveryRow redeliver(long endpointId, long deliveryId) {
        WebhookEndpointRow endpoint = find(endpointId).orElseThrow(() -> new UserFacingException("webhook.not-found"));
        if (!endpoint.enabled()) {
            throw new UserFacingException("webhook.redeliver-disabled");
        }
        List<Long> copied = jdbc.queryForList("insert into webhook_delivery (endpoint_id, event_id, event, "
                + "ordering_key, payload, status, created_at, redelivery_of) select endpoint_id, event_id, event, "
                + "ordering_key, payload, 'PENDING', ?, id from webhook_delivery where id = ? and endpoint_id = ? "
                + "returning id", Long.class, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), deliveryId,
                endpointId);
        if (copied.isEmpty()) {
            throw new UserFacingException("webhook.delivery-not-found");
        }
        long key = jdbc.queryForObject("select ordering_key from webhook_delivery where id = ?", Long.class,
                copied.get(0));
        outbox.schedule(currentUser.workspaceId(), endpointId, key);
        events.publishEvent(new WebhookChanged(currentUser.workspaceId(), "webhook.redelivered", endpointId,
                Map.of("delivery", deliveryId, "newDelivery", copied.get(0))));
        return jdbc.query("select id, endpoint_id, event_id, event, status, attempts, created_at, last_attempt_at, "
                + "response_code, duration_ms, error, redelivery_of from webhook_delivery where id = ?",
                WebhookService::delivery, copied.get(0)).get(0);
    }

    private String checkedUrl(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("webhook.url-required");
        }
        if (text.length() > MAX_URL) {
            throw new UserFacingException("webhook.url-too-long", MAX_URL);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new UserFacingException("webhook.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawFragment() != null) {
            throw new UserFacingException("webhook.url-invalid");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UserFacingException("webhook.url-credentials");
        }
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new UserFacingException("webhook.url-unknown-host", bare);
        }
        List<TargetPolicy.Entry> allowed = outbox.allowedTargets();
        for (InetAddress address : addresses) {
            String refusal = TargetPolicy.refusal(address, port, allowed);
            if (refusal != null) {
                throw new UserFacingException(refusal.replace("snapshot.failed.", "webhook.refused."),
                        address.getHostAddress() + ":" + port);
            }
        }
        return text;
    }

    private static WebhookEndpointRow endpoint(ResultSet rs, int n) throws SQLException {
        List<WebhookEvent> subscribed = new ArrayList<>();
        for (Object name : (Object[]) rs.getArray("events").getArray()) {
            Arrays.stream(WebhookEvent.values()).filter(e -> e.name().equals(name)).forEach(subscribed::add);
        }
        return new WebhookEndpointRow(rs.getLong("id"), rs.getString("url"), rs.getString("description"), subscribed,
                rs.getBoolean("enabled"), rs.getString("disabled_reason"), rs.getInt("failed_in_a_row"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static WebhookDeliveryRow delivery(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_attempt_at");
        int code = rs.getInt("response_code");
        Integer response = rs.wasNull() ? null : code;
        int ms = rs.getInt("duration_ms");
        Integer duration = rs.wasNull() ? null : ms;
        long of = rs.getLong("redelivery_of");
        Long redeliveryOf = rs.wasNull() ? null : of;
        return new WebhookDeliveryRow(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
                rs.getString("event"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant(), response, duration,
                rs.getString("error"), redeliveryOf);
    }
}
