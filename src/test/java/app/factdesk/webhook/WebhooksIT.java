package app.factdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.attest.CheckpointService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.report.ReportSettingsRow;
import app.factdesk.report.ReportSettingsService;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verdict.snapshot.SnapshotService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed webhooks against a real HTTP receiver in the test JVM (issue 14, ADR 028): the signature verifies with the
 * secret shown once, failures and timeouts are retried and deliveries about one claim keep their order, an endpoint
 * that keeps failing is turned off and its admins told, internal addresses are refused unless allowed, a rolled-back
 * change sends nothing, a published verdict carries its ClaimReview, and "send again" repeats the event.
 * In the tests: 2 s timeout, retries after 1 s and 2 s, three attempts, turned off after two given-up deliveries.
 */
@IntegrationTest
class WebhooksIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    WebhookService webhooks;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    ClaimService claims;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ReportSettingsService reportSettings;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ObjectMapper json;
    @Autowired
    app.factdesk.report.ExportJobService exportJobs;

    private Receiver receiver;
    private VerdictDesk.Desk desk;
    private long articleId;
    private String body;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        desk = desks.create();
        articleId = owner.jdbc().queryForObject("select article_id from claim where id = ?", Long.class,
                desk.claimId());
        body = owner.jdbc().queryForObject("select body from article where id = ?", String.class, articleId);
        allow();
    }

    @AfterEach
    void stop() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowedTargets().forEach(snapshots::disallowTarget);
            return null;
        });
        receiver.close();
        TestUsers.signOut();
    }

    private void allow() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
    }

    private RegisteredWebhook register(WebhookEvent... events) {
        return users.as(desk.admin(), () -> webhooks.register(receiver.url("/hooks/factdesk"), "CMS",
                List.of(events)));
    }

    private ClaimDetails claim(int occurrence) {
        int start = body.indexOf(' ', 100 + occurrence * 120) + 1;
        String exact = body.substring(start, start + 25);
        return users.as(desk.checker(), () -> claims.create(new CreateClaim(articleId, start, start + exact.length(),
                exact, new ClaimFields("Claim number " + occurrence, null, null, null, List.of()), null)));
    }

    private List<Receiver.Received> awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .until(() -> receiver.received().size() >= count);
        return receiver.received();
    }

    private JsonNode payload(Receiver.Received received) throws Exception {
        return json.readTree(received.body());
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_new_claim_is_sent_signed_with_the_secret_shown_once_in_a_stable_schema() throws Exception {
        RegisteredWebhook endpoint = register(WebhookEvent.CLAIM_CREATED, WebhookEvent.CHECKPOINT_SIGNED);
        assertThat(endpoint.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(owner.jdbc().queryForObject("select position(convert_to(?, 'UTF8') in secret_sealed) from "
                + "webhook_endpoint where id = ?", Integer.class, endpoint.secret(), endpoint.endpoint().id()))
                .as("the secret is stored sealed, not as typed").isZero();

        ClaimDetails created = claim(1);
        Receiver.Received got = awaitReceived(1).get(0);
        String signature = got.header("FactDesk-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(300);
        assertThat(signature.substring(signature.indexOf("v1=") + 3))
                .as("HMAC-SHA256 over t, a dot and the raw body, keyed with the secret")
                .isEqualTo(hmac(endpoint.secret(), t + "." + got.text()));
        assertThat(WebhookSignature.verify(endpoint.secret(), signature, got.body(), Instant.now())).isTrue();
        assertThat(WebhookSignature.verify(endpoint.secret(), signature, (got.text() + " ").getBytes(
                StandardCharsets.UTF_8), Instant.now())).as("a changed body").isFalse();
        assertThat(WebhookSignature.verify(endpoint.secret(), signature, got.body(), Instant.now().plusSeconds(600)))
                .as("outside the replay window").isFalse();
        assertThat(got.header("FactDesk-Event")).isEqualTo("claim.created");
        assertThat(got.header("Content-Type")).startsWith("application/json");

        JsonNode payload = payload(got);
        assertThat(payload.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(payload.get("event").asText()).isEqualTo("claim.created");
        assertThat(payload.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(payload.at("/claim/id").asLong()).isEqualTo(created.id());
        assertThat(payload.at("/claim/url").asText()).isEqualTo("https://desk.example.org/claims/" + created.id());
        assertThat(payload.at("/workspace/id").asLong()).isEqualTo(desk.other().workspaceId());

        List<WebhookDeliveryRow> log = users.as(desk.admin(), () -> webhooks.deliveries(endpoint.endpoint().id(), 10));
        assertThat(log).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.responseCode()).isEqualTo(204);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.durationMs()).isNotNull();
        });

        users.as(desk.admin(), () -> checkpoints.signNow());
        JsonNode checkpoint = payload(awaitReceived(2).get(1));
        assertThat(checkpoint.get("event").asText()).isEqualTo("checkpoint.signed");
        assertThat(checkpoint.at("/checkpoint/headHash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void a_500_and_a_timeout_are_retried_and_the_deliveries_about_one_claim_keep_their_order() throws Exception {
        register(WebhookEvent.CLAIM_CREATED, WebhookEvent.CLAIM_STATE_CHANGED);
        receiver.plan(500, 0); // the first attempt gets a 500, the second no answer in time, the third a 204
        ClaimDetails created = claim(2);
        ClaimDetails rejected = users.as(desk.checker(), () -> claims.reject(created.id(), created.version(),
                "Not a factual claim"));
        ClaimDetails restored = users.as(desk.checker(), () -> claims.restore(created.id(), rejected.version()));
        users.as(desk.checker(), () -> claims.startVerification(created.id(), restored.version()));

        List<Receiver.Received> got = awaitReceived(6);
        List<String> events = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (Receiver.Received r : got) {
            JsonNode p = payload(r);
            events.add(p.get("event").asText() + "/" + p.get("action").asText());
            ids.add(p.get("id").asText());
        }
        assertThat(events).containsExactly("claim.created/claim.created", "claim.created/claim.created",
                "claim.created/claim.created", "claim.state_changed/claim.rejected",
                "claim.state_changed/claim.restored", "claim.state_changed/claim.verification_started");
        assertThat(got).extracting(Receiver.Received::answered).containsExactly(500, 0, 204, 204, 204, 204);
        assertThat(ids.get(0)).as("a retry is the same event").isEqualTo(ids.get(1)).isEqualTo(ids.get(2));
        assertThat(owner.jdbc().queryForList("select error from webhook_delivery where event = 'claim.created' and "
                + "status = 'DELIVERED' and attempts = 3 and workspace_id = ?", String.class,
                desk.other().workspaceId())).hasSize(1);
    }

    @Test
    void an_endpoint_that_keeps_failing_is_turned_off_its_admins_are_told_and_turning_it_on_sends_again() {
        RegisteredWebhook endpoint = register(WebhookEvent.CLAIM_CREATED);
        receiver.answerAlways(500);
        claim(3);
        claim(4);
        long id = endpoint.endpoint().id();
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> !users.as(
                desk.admin(), () -> webhooks.find(id)).orElseThrow().enabled());
        WebhookEndpointRow off = users.as(desk.admin(), () -> webhooks.find(id)).orElseThrow();
        assertThat(off.disabledReason()).isEqualTo("failing");
        assertThat(off.failedInARow()).isEqualTo(2);
        assertThat(receiver.received()).as("three attempts for each of the two claims").hasSize(6);
        long adminId = owner.jdbc().queryForObject("select id from user_account where username = ?", Long.class,
                desk.admin());
        assertThat(owner.jdbc().queryForList("select params[1] from notification where type = 'WEBHOOK_DISABLED' "
                + "and user_id = ?", String.class, adminId)).containsExactly(endpoint.endpoint().url());

        claim(5);
        assertThat(owner.jdbc().queryForObject("select count(*) from webhook_delivery where endpoint_id = ?",
                Long.class, id)).as("a turned-off endpoint gets no new deliveries").isEqualTo(2);

        receiver.answerAlways(204);
        users.as(desk.admin(), () -> webhooks.setEnabled(id, true));
        WebhookDeliveryRow failed = users.as(desk.admin(), () -> webhooks.deliveries(id, 10)).get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.responseCode()).isEqualTo(500);
        WebhookDeliveryRow again = users.as(desk.admin(), () -> webhooks.redeliver(id, failed.id()));
        assertThat(again.eventId()).isEqualTo(failed.eventId());
        assertThat(again.redeliveryOf()).isEqualTo(failed.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 7);
        await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(users.as(desk.admin(),
                () -> webhooks.deliveries(id, 10)).get(0).status()));
    }

    @Test
    void internal_addresses_credentials_and_other_schemes_are_refused_and_nothing_is_written() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.disallowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
        record Case(String url, String refusal) {
        }
        for (Case c : List.of(new Case(receiver.url("/hooks"), "webhook.refused.address-not-allowed"),
                new Case("http://169.254.169.254/latest/meta-data", "webhook.refused.address-not-allowed"),
                new Case("http://[::ffff:10.1.2.3]/hook", "webhook.refused.address-not-allowed"),
                new Case("http://localhost:" + receiver.port() + "/", "webhook.refused.address-not-allowed"),
                new Case("ftp://example.org/hook", "webhook.url-invalid"),
                new Case("https://user:secret@127.0.0.1/hook", "webhook.url-credentials"),
                new Case("not a url at all", "webhook.url-invalid"),
                new Case("https://" + "a".repeat(2000) + ".example/", "webhook.url-too-long"))) {
            assertThatThrownBy(() -> users.as(desk.admin(), () -> webhooks.register(c.url(), null,
                    List.of(WebhookEvent.CLAIM_CREATED)))).as(c.url()).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(c.refusal());
        }
        assertThatThrownBy(() -> users.as(desk.admin(), () -> webhooks.register("https://example.org/hook", null,
                List.of()))).hasMessageContaining("webhook.events-required");
        assertThatThrownBy(() -> users.as(desk.editor(), () -> webhooks.register(receiver.url("/"), null,
                List.of(WebhookEvent.CLAIM_CREATED)))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        assertThat(owner.jdbc().queryForObject("select count(*) from webhook_endpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId())).isZero();

        // Allowed when registered, refused when sent: the delivery fails at once, without retries.
        allow();
        RegisteredWebhook endpoint = register(WebhookEvent.CLAIM_CREATED);
        users.as(TestUsers.ADMIN, () -> {
            snapshots.disallowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
        claim(6);
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(users.as(desk.admin(),
                () -> webhooks.deliveries(endpoint.endpoint().id(), 1)).get(0).status()));
        WebhookDeliveryRow refused = users.as(desk.admin(), () -> webhooks.deliveries(endpoint.endpoint().id(), 1))
                .get(0);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.error()).isEqualTo("snapshot.failed.address-not-allowed");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void a_rolled_back_change_sends_nothing() {
        register(WebhookEvent.CLAIM_CREATED);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        users.as(desk.checker(), () -> transaction.execute(status -> {
            claim(7);
            status.setRollbackOnly();
            return null;
        }));
        ClaimDetails kept = claim(8);
        Receiver.Received got = awaitReceived(1).get(0);
        assertThat(got.text()).contains("\"id\":" + kept.id());
        assertThat(owner.jdbc().queryForObject("select count(*) from webhook_delivery where workspace_id = ?",
                Long.class, desk.other().workspaceId())).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == 1);
    }

    @Test
    void a_published_verdict_carries_its_claim_review_and_send_again_repeats_the_same_event() throws Exception {
        RegisteredWebhook endpoint = register(WebhookEvent.VERDICT_PUBLISHED);
        users.as(desk.admin(), () -> reportSettings.save(new ReportSettingsRow("Fact Desk Checks",
                "https://example.org", "https://example.org/fact-checks/{claimId}")));
        long verdictId = desks.publishVerdict(desk);

        JsonNode published = payload(awaitReceived(1).get(0));
        assertThat(published.get("event").asText()).isEqualTo("verdict.published");
        assertThat(published.at("/verdict/id").asLong()).isEqualTo(verdictId);
        assertThat(published.at("/claimReview/@type").asText()).isEqualTo("ClaimReview");
        assertThat(published.at("/claimReview/url").asText())
                .isEqualTo("https://example.org/fact-checks/" + desk.claimId());

        long id = endpoint.endpoint().id();
        await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(users.as(desk.admin(),
                () -> webhooks.deliveries(id, 1)).get(0).status()));
        WebhookDeliveryRow first = users.as(desk.admin(), () -> webhooks.deliveries(id, 1)).get(0);
        users.as(desk.admin(), () -> webhooks.redeliver(id, first.id()));
        Receiver.Received again = awaitReceived(2).get(1);
        assertThat(again.text()).as("the same payload, ClaimReview included").isEqualTo(
                receiver.received().get(0).text());
        assertThat(again.header("FactDesk-Delivery")).isNotEqualTo(receiver.received().get(0)
                .header("FactDesk-Delivery"));
    }

    @Test
    void a_finished_background_export_is_announced_with_a_link_to_the_exports_page() throws Exception {
        register(WebhookEvent.EXPORT_FINISHED);
        app.factdesk.report.ExportJobRow job = users.as(desk.editor(), () -> exportJobs.submit(
                app.factdesk.report.ExportRequest.ofArticle(app.factdesk.report.ExportKind.JSON, articleId)));
        JsonNode finished = payload(awaitReceived(1).get(0));
        assertThat(finished.get("event").asText()).isEqualTo("export.finished");
        assertThat(finished.at("/object/id").asText()).isEqualTo(job.id());
        assertThat(finished.get("exportUrl").asText()).isEqualTo("https://desk.example.org/exports");
        assertThat(finished.at("/data/sha256").asText()).matches("[0-9a-f]{64}");
    }
}
