package app.factdesk.webhook;

import app.factdesk.attest.CheckpointSigned;
import app.factdesk.attest.SecretVault;
import app.factdesk.report.ExportService;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.jobs.Jobs;
import app.factdesk.shared.net.SafeFetcher;
import app.factdesk.shared.net.TargetPolicy;
import app.factdesk.shared.scope.DatabaseScope;
import app.factdesk.verdict.VerdictEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns events into deliveries and sends them (ADR 028). In the transaction of a change, each enabled endpoint of the
 * workspace that subscribed to the event gets a PENDING delivery and a db-scheduler job for its queue (one queue per
 * endpoint and claim), so a rolled-back change sends nothing and a committed one is sent even if this server stops.
 * The job sends the queue's deliveries oldest first; a failed attempt stops the queue and is retried with growing
 * delays, so deliveries about one claim arrive in order. A delivery given up after {@code max-attempts} counts
 * against its endpoint; {@code disable-after} given-up deliveries in a row turn the endpoint off.
 */
@Component
class WebhookOutbox {

    static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);
    private static final Set<String> PERMANENT = Set.of("snapshot.failed.address-not-allowed",
            "snapshot.failed.port-not-allowed", "snapshot.failed.scheme");
    private static final Map<String, WebhookEvent> FROM_AUDIT = Map.ofEntries(
            Map.entry("claim.created", WebhookEvent.CLAIM_CREATED),
            Map.entry("claim.verification_started", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.rejected", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.restored", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.verdict_proposed", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.verdict_returned", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.verdict_approved", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.published", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("claim.corrected", WebhookEvent.CLAIM_STATE_CHANGED),
            Map.entry("verdict.proposed", WebhookEvent.VERDICT_PROPOSED),
            Map.entry("verdict.approved", WebhookEvent.VERDICT_APPROVED),
            Map.entry("verdict.returned", WebhookEvent.VERDICT_RETURNED),
            Map.entry("verdict.published", WebhookEvent.VERDICT_PUBLISHED),
            Map.entry("export.created", WebhookEvent.EXPORT_FINISHED));

    /** The data of one queue's job: an endpoint and the claim its deliveries are about (0: none). */
    record Drain(long workspaceId, long endpointId, long orderingKey) implements Serializable {
    }

    /** A delivery failed in a way worth another attempt later; db-scheduler's backoff decides when. */
    static final class TryLater extends RuntimeException {
        TryLater(String message) {
            super(message, null, false, false);
        }
    }

    private final JdbcTemplate jdbc;
    private final DatabaseScope scope;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<Drain>> task;
    private final SecretVault vault;
    private final ExportService exports;
    private final ApplicationEventPublisher events;
    private final String baseUrl;
    private final Duration timeout;
    private final int maxAttempts;
    private final int disableAfter;

    WebhookOutbox(JdbcTemplate jdbc, DatabaseScope scope, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<OneTimeTask<Drain>> task, SecretVault vault, ExportService exports,
            ApplicationEventPublisher events, @Value("${factdesk.base-url}") String baseUrl,
            @Value("${factdesk.webhooks.timeout:10s}") Duration timeout,
            @Value("${factdesk.webhooks.max-attempts:6}") int maxAttempts,
            @Value("${factdesk.webhooks.disable-after:5}") int disableAfter) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.json = json;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scheduler = scheduler;
        this.task = task;
        this.vault = vault;
        this.exports = exports;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.disableAfter = Math.max(1, disableAfter);
    }

    /** In the transaction of the change, like the audit row itself: no transaction, no delivery. */
    @EventListener
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void on(Auditable event) {
        WebhookEvent kind = FROM_AUDIT.get(event.action());
        if (kind == null || event.workspaceId() == null) {
            return;
        }
        if (kind == WebhookEvent.VERDICT_PUBLISHED && event instanceof VerdictEvent verdict && verdict.correction()) {
            kind = WebhookEvent.VERDICT_CORRECTED;
        }
        Long claimId = event instanceof VerdictEvent verdict ? Long.valueOf(verdict.subject().claimId())
                : "claim".equals(event.objectType()) ? Long.valueOf(event.objectId()) : null;
        ObjectNode payload = payload(kind, event.workspaceId());
        payload.put("action", event.action());
        ObjectNode object = payload.putObject("object");
        object.put("type", event.objectType());
        object.put("id", event.objectId());
        if (claimId != null) {
            ObjectNode claim = payload.putObject("claim");
            claim.put("id", claimId);
            claim.put("url", baseUrl + "/claims/" + claimId);
        }
        if (event instanceof VerdictEvent verdict) {
            ObjectNode v = payload.putObject("verdict");
            v.put("id", verdict.verdictId());
            v.put("correction", verdict.correction());
            ((ObjectNode) payload.get("claim")).put("articleId", verdict.subject().articleId());
            if (kind == WebhookEvent.VERDICT_PUBLISHED || kind == WebhookEvent.VERDICT_CORRECTED) {
                payload.putNull("claimReview"); // filled in at the first attempt, once the change is committed
            }
        }
        if ("export".equals(event.objectType())) {
            payload.put("exportUrl", baseUrl + "/exports");
        }
        payload.set("data", event.after() == null ? json.createObjectNode() : json.valueToTree(event.after()));
        enqueue(event.workspaceId(), kind, claimId == null ? 0 : claimId, payload);
    }

    @EventListener
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void on(CheckpointSigned signed) {
        ObjectNode payload = payload(WebhookEvent.CHECKPOINT_SIGNED, signed.workspaceId());
        ObjectNode checkpoint = payload.putObject("checkpoint");
        checkpoint.put("id", signed.checkpointId());
        checkpoint.put("eventCount", signed.eventCount());
        checkpoint.put("headHash", signed.headHash());
        checkpoint.put("signedAt", signed.signedAt().toString());
        checkpoint.put("url", baseUrl + "/api/v1/checkpoints/" + signed.checkpointId());
        enqueue(signed.workspaceId(), WebhookEvent.CHECKPOINT_SIGNED, 0, payload);
    }

    private ObjectNode payload(WebhookEvent kind, long workspaceId) {
        ObjectNode payload = json.createObjectNode();
        payload.put("schemaVersion", SCHEMA_VERSION);
        payload.put("id", UUID.randomUUID().toString());
        payload.put("event", kind.wireName());
        payload.put("occurredAt", clock.instant().toString());
        payload.putObject("workspace").put("id", workspaceId);
        return payload;
    }

    private void enqueue(long workspaceId, WebhookEvent kind, long orderingKey, ObjectNode payload) {
        scope.inWorkspace(workspaceId, () -> {
            List<Long> endpoints = jdbc.queryForList("select id from webhook_endpoint where enabled and ? = any(events) "
                    + "order by id", Long.class, kind.name());
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            for (long endpoint : endpoints) {
                jdbc.update("insert into webhook_delivery (workspace_id, endpoint_id, event_id, event, ordering_key, "
                        + "payload, status, created_at) values (?, ?, ?::uuid, ?, ?, ?, 'PENDING', ?)", workspaceId,
                        endpoint, payload.get("id").asText(), kind.wireName(), orderingKey, payload.toString(), now);
                schedule(workspaceId, endpoint, orderingKey);
            }
            return null;
        });
    }

    /** Makes sure the queue of {@code endpoint} and {@code orderingKey} has a job, in the current transaction. */
    void schedule(long workspaceId, long endpoint, long orderingKey) {
        Jobs.schedule(scheduler.getObject(), task.getObject().instance("webhook-" + endpoint + "-" + orderingKey,
                new Drain(workspaceId, endpoint, orderingKey)), clock.instant());
    }

    private record Next(long id, String url, byte[] secretSealed, boolean enabled, String event, String payload,
            int attempts) {
    }

    /** The job: sends the queue's pending deliveries oldest first; throws {@link TryLater} to be run again later. */
    void drain(Drain job) {
        WorkspaceRole workspace = new WorkspaceRole(job.workspaceId(), "", Role.ADMIN);
        while (true) {
            Optional<Next> found = SystemAuthentication.callAsSystem(workspace, () -> separate.execute(s -> jdbc.query(
                    "select d.id, e.url, e.secret_sealed, e.enabled, d.event, d.payload, d.attempts from "
                            + "webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.endpoint_id "
                            + "= ? and d.ordering_key = ? and d.status = 'PENDING' order by d.id limit 1",
                    (rs, n) -> new Next(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)), job.endpointId(), job.orderingKey())
                    .stream().findFirst()));
            if (found.isEmpty() || !found.get().enabled()) {
                return; // nothing left, or the endpoint is off: its deliveries wait until it is turned on again
            }
            Next next = found.get();
            String body = next.attempts() == 0 ? SystemAuthentication.callAsSystem(workspace,
                    () -> completed(next)) : next.payload();
            String secret = vault.open(next.secretSealed(), "webhook:" + job.endpointId());
            Attempt attempt = send(next, body, secret);
            boolean retry = SystemAuthentication.callAsSystem(workspace, () -> separate.execute(s ->
                    record(job, next, attempt)));
            if (retry) {
                throw new TryLater("Webhook delivery " + next.id() + " to endpoint " + job.endpointId()
                        + " failed (" + attempt.summary() + "); it will be tried again");
            }
        }
    }

    private record Attempt(Integer code, int durationMs, String error, boolean permanent) {
        boolean ok() {
            return code != null && code >= 200 && code < 300;
        }

        String summary() {
            return code != null ? "HTTP " + code : error;
        }
    }

    private Attempt send(Next next, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Instant started = Instant.now();
        List<String[]> headers = List.of(
                new String[] {WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant(), bytes)},
                new String[] {"FactDesk-Event", next.event()},
                new String[] {"FactDesk-Delivery", Long.toString(next.id())});
        try (SafeFetcher fetcher = new SafeFetcher(allowedTargets(), "FactDesk-Webhooks/1")) {
            SafeFetcher.Fetched answer = fetcher.postJson(URI.create(next.url()), headers, bytes, 64 * 1024,
                    started.plus(timeout));
            int ms = (int) Duration.between(started, Instant.now()).toMillis();
            if (answer.timedOut()) {
                return new Attempt(null, ms, "snapshot.failed.timeout", false);
            }
            return new Attempt(answer.status(), ms, answer.status() / 100 == 2 ? null : "HTTP " + answer.status(),
                    false);
        } catch (SafeFetcher.Refused refused) {
            int ms = (int) Duration.between(started, Instant.now()).toMillis();
            return new Attempt(null, ms, refused.reason, PERMANENT.contains(refused.reason));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return new Attempt(null, (int) Duration.between(started, Instant.now()).toMillis(),
                    "snapshot.failed.unreachable", false);
        }
    }

    /** Records one attempt; true when the delivery should be tried again later. */
    private boolean record(Drain job, Next next, Attempt attempt) {
        int attempts = next.attempts() + 1;
        String status = attempt.ok() ? "DELIVERED"
                : attempt.permanent() || attempts >= maxAttempts ? "FAILED" : "PENDING";
        jdbc.update("update webhook_delivery set attempts = ?, last_attempt_at = ?, response_code = ?, duration_ms = ?, "
                + "error = ?, status = ? where id = ?", attempts, OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC), attempt.code(), attempt.durationMs(),
                attempt.error() == null ? null : attempt.error().substring(0, Math.min(300, attempt.error().length())),
                status, next.id());
        if (attempt.ok()) {
            jdbc.update("update webhook_endpoint set failed_in_a_row = 0 where id = ?", job.endpointId());
            return false;
        }
        if (status.equals("PENDING")) {
            return true;
        }
        LOG.warn("Webhook delivery {} to endpoint {} given up after {} attempts: {}", next.id(), job.endpointId(),
                attempts, attempt.summary());
        Integer failed = jdbc.queryForObject("update webhook_endpoint set failed_in_a_row = failed_in_a_row + 1 "
                + "where id = ? returning failed_in_a_row", Integer.class, job.endpointId());
        if (failed != null && failed >= disableAfter) {
            int turnedOff = jdbc.update("update webhook_endpoint set enabled = false, disabled_reason = 'failing' "
                    + "where id = ? and enabled", job.endpointId());
            if (turnedOff == 1) {
                LOG.warn("Webhook endpoint {} disabled after {} failed deliveries in a row", job.endpointId(), failed);
                events.publishEvent(new WebhookChanged(job.workspaceId(), "webhook.disabled", job.endpointId(),
                        Map.of("reason", "failing", "failedInARow", failed)));
                events.publishEvent(new WebhookDisabled(job.workspaceId(), job.endpointId(), next.url(), failed));
            }
        }
        return false;
    }

    /** The payload as sent: a published verdict gets its ClaimReview now that the publication is committed. */
    private String completed(Next next) {
        try {
            JsonNode payload = json.readTree(next.payload());
            if (!payload.has("claimReview") || !payload.get("claimReview").isNull()) {
                return next.payload();
            }
            JsonNode claim = payload.path("claim");
            Optional<ObjectNode> review;
            try {
                review = exports.claimReview(claim.path("articleId").asLong(), claim.path("id").asLong());
            } catch (RuntimeException e) {
                LOG.info("No ClaimReview for webhook delivery {}: {}", next.id(), e.getMessage());
                review = Optional.empty();
            }
            if (review.isEmpty()) {
                return next.payload();
            }
            ((ObjectNode) payload).set("claimReview", review.get());
            String body = payload.toString();
            separate.executeWithoutResult(s -> jdbc.update("update webhook_delivery set payload = ? where id = ?", body,
                    next.id()));
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return next.payload();
        }
    }

    List<TargetPolicy.Entry> allowedTargets() {
        List<TargetPolicy.Entry> allowed = new ArrayList<>();
        for (String entry : jdbc.queryForList("select entry from snapshot_allowed_target", String.class)) {
            try {
                allowed.add(TargetPolicy.Entry.parse(entry));
            } catch (RuntimeException ignored) {
                // entries are checked when added
            }
        }
        return allowed;
    }

    /** Gives every queue with a delivery waiting longer than a minute a job (a job that ended as one was added). */
    int sweep() {
        int scheduled = 0;
        for (Long workspaceId : jdbc.queryForList("select id from workspace", Long.class)) {
            scheduled += SystemAuthentication.callAsSystem(new WorkspaceRole(workspaceId, "", Role.ADMIN), () ->
                    separate.execute(s -> {
                        List<long[]> queues = jdbc.query("select distinct d.endpoint_id, d.ordering_key from "
                                + "webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.status = "
                                + "'PENDING' and e.enabled and d.created_at < ?", (rs, n) -> new long[] {rs.getLong(1),
                                        rs.getLong(2)}, OffsetDateTime.ofInstant(clock.instant().minusSeconds(60),
                                                ZoneOffset.UTC));
                        queues.forEach(q -> schedule(workspaceId, q[0], q[1]));
                        return queues.size();
                    }));
        }
        return scheduled;
    }
}
