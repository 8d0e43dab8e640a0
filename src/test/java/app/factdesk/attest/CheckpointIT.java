package app.factdesk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.audit.ExportedEvents;
import app.factdesk.security.ApiTokenService;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Signed checkpoints of a workspace's chain: signed on demand and daily, served to members, cited by exports, and
 * checked by the verifier — a later export extends an earlier checkpoint; a rewritten or cut history does not.
 */
@IntegrationTest
class CheckpointIT {

    @Autowired
    SignedExports exports;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    AttestationService attestation;
    @Autowired
    TestUsers users;
    @Autowired
    VerdictDesk desks;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OwnerDatabase owner;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_later_export_extends_an_earlier_checkpoint_and_cites_the_latest() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        CheckpointService.Checkpoint first = users.as(desk.admin(), checkpoints::signNow);
        moreEvents(desk);

        ObjectNode report = exports.parse(exports.rangeReport(desk));
        Verdict verdict = ReportVerifierFacade.verify(report, attestation, first.document());

        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(report.get("chainHead").get("count").longValue()).isGreaterThan(first.eventCount());
        assertThat(report.get("checkpoint").get("eventCount").longValue()).isEqualTo(first.eventCount());
        assertThat(verdict.text()).contains("extends the checkpoint the export cites of " + first.signedAt()
                + " (" + first.eventCount() + " events)")
                .contains("extends the given checkpoint of " + first.signedAt());

        Path reportFile = Files.write(dir.resolve("report.json"), exports.write(report));
        Path checkpointFile = Files.writeString(dir.resolve("checkpoint.json"), first.document());
        Path keysFile = Files.writeString(dir.resolve("keys.json"), attestation.publishedKeys().toJson().toString());
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int exit = app.factdesk.attest.verify.VerifyCommand.run(new String[] {reportFile.toString(), "--keys",
                keysFile.toString(), "--checkpoint", checkpointFile.toString()},
                new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("extends the given checkpoint");
    }

    @Test
    void a_checkpoint_the_chain_no_longer_passes_through_is_caught_at_its_position() {
        VerdictDesk.Desk desk = exports.desk();
        CheckpointService.Checkpoint honest = users.as(desk.admin(), checkpoints::signNow);
        moreEvents(desk);
        ObjectNode report = exports.parse(exports.rangeReport(desk));
        // What the desk would have said had its history at that point been different: signed, same position.
        ObjectNode forked = (ObjectNode) ExportedEvents.parse(honest.document());
        forked.remove("signature");
        forked.put("headHash", "0".repeat(64));
        String forkedDocument = users.as(desk.admin(), () -> ExportedEvents.canonical(
                attestation.signDocument(forked, "factdesk-checkpoint+jws")));

        Verdict verdict = ReportVerifierFacade.verify(report, attestation, forkedDocument);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.badSeq()).isEqualTo(honest.eventCount());
        assertThat(verdict.reason()).contains("does not extend the given checkpoint")
                .contains("history was rewritten or the chain forked");
    }

    @Test
    void a_chain_shorter_than_a_checkpoint_another_workspace_s_checkpoint_and_a_changed_checkpoint_are_refused() {
        VerdictDesk.Desk desk = exports.desk();
        VerdictDesk.Desk other = exports.desk();
        CheckpointService.Checkpoint mine = users.as(desk.admin(), checkpoints::signNow);
        moreEvents(desk);
        CheckpointService.Checkpoint later = users.as(desk.admin(), checkpoints::signNow);
        CheckpointService.Checkpoint theirs = users.as(other.admin(), checkpoints::signNow);
        ObjectNode report = exports.parse(exports.rangeReport(desk));
        // An export made before the later checkpoint, presented with it: the chain is shorter than the checkpoint.
        ObjectNode beforeLater = (ObjectNode) ExportedEvents.parse(later.document());
        beforeLater.put("eventCount", report.get("chainHead").get("count").longValue() + 5);
        assertThat(ReportVerifierFacade.verify(report, attestation, theirs.document()).reason())
                .contains("is of workspace " + other.other().workspaceId());
        assertThat(ReportVerifierFacade.verify(report, attestation, ExportedEvents.canonical(beforeLater)).reason())
                .contains("the signature does not match the given checkpoint");
        ObjectNode longer = (ObjectNode) ExportedEvents.parse(later.document());
        longer.remove("signature");
        longer.put("eventCount", report.get("chainHead").get("count").longValue() + 5);
        String signedLonger = users.as(desk.admin(), () -> ExportedEvents.canonical(
                attestation.signDocument(longer, "factdesk-checkpoint+jws")));
        Verdict cut = ReportVerifierFacade.verify(report, attestation, signedLonger);
        assertThat(cut.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(cut.reason()).contains("fewer than the given checkpoint").contains("history was cut");
        assertThat(ReportVerifierFacade.verify(report, attestation, mine.document()).valid()).isTrue();
    }

    @Test
    void the_daily_run_signs_where_the_chain_grew_and_is_a_recurring_job_in_the_database() {
        VerdictDesk.Desk desk = exports.desk();
        long before = owner.jdbc().queryForObject("select count(*) from audit_checkpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId());

        assertThat(checkpoints.signWhereChanged()).isGreaterThanOrEqualTo(1);
        long afterFirst = owner.jdbc().queryForObject("select count(*) from audit_checkpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId());
        checkpoints.signWhereChanged();
        long afterSecond = owner.jdbc().queryForObject("select count(*) from audit_checkpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId());
        moreEvents(desk);
        checkpoints.signWhereChanged();
        long afterGrowth = owner.jdbc().queryForObject("select count(*) from audit_checkpoint where workspace_id = ?",
                Long.class, desk.other().workspaceId());

        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(afterSecond).as("no new events, no new checkpoint").isEqualTo(afterFirst);
        assertThat(afterGrowth).isEqualTo(afterFirst + 1);
        assertThat(owner.jdbc().queryForObject("select requested_by is null from audit_checkpoint where workspace_id = ? "
                + "order by id desc limit 1", Boolean.class, desk.other().workspaceId())).isTrue();
        assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = "
                + "'audit-checkpoints' and execution_time > now()", Long.class)).isEqualTo(1);
    }

    @Test
    void checkpoints_are_append_only_and_signing_one_is_for_admins() {
        VerdictDesk.Desk desk = exports.desk();
        users.as(desk.admin(), checkpoints::signNow);

        assertThatThrownBy(() -> users.as(desk.editor(), checkpoints::signNow))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(desk.checker(), () -> checkpoints.recent(5))).hasSize(1);
        assertThatThrownBy(() -> owner.jdbc().update("update audit_checkpoint set head_hash = repeat('0', 64) "
                + "where workspace_id = ?", desk.other().workspaceId())).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void members_fetch_the_latest_checkpoint_over_http_and_only_admins_sign_one() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        String checkerToken = users.as(desk.checker(), () -> tokens.create("checkpoints").secret());
        String adminToken = users.as(desk.admin(), () -> tokens.create("checkpoints").secret());

        HttpResponse<String> none = http("GET", "/api/v1/audit/checkpoints/latest", checkerToken);
        HttpResponse<String> refused = http("POST", "/api/v1/audit/checkpoints", checkerToken);
        HttpResponse<String> signed = http("POST", "/api/v1/audit/checkpoints", adminToken);
        HttpResponse<String> latest = http("GET", "/api/v1/audit/checkpoints/latest", checkerToken);
        HttpResponse<String> list = http("GET", "/api/v1/audit/checkpoints", checkerToken);

        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("No checkpoint has been signed in this workspace yet");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(signed.statusCode()).isEqualTo(201);
        assertThat(latest.statusCode()).isEqualTo(200);
        JsonNode checkpoint = ExportedEvents.parse(latest.body());
        assertThat(checkpoint.get("schemaVersion").asText()).isEqualTo("factdesk-checkpoint/1");
        assertThat(checkpoint.get("workspaceId").asLong()).isEqualTo(desk.other().workspaceId());
        assertThat(latest.body()).isEqualTo(signed.body());
        assertThat(ExportedEvents.parse(list.body()).get(0).get("eventCount").asLong())
                .isEqualTo(checkpoint.get("eventCount").asLong());
        assertThat(http("GET", "/api/v1/audit/checkpoints/latest", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> http(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void moreEvents(VerdictDesk.Desk desk) {
        users.as(desk.checker(), () -> desks.addSource(desk.claimId()));
        users.as(desk.checker(), () -> desks.addSource(desk.claimId()));
    }

    /** Verifies as an outsider would: the desk's published keys and a checkpoint document kept from earlier. */
    static final class ReportVerifierFacade {
        static Verdict verify(ObjectNode report, AttestationService attestation, String checkpoint) {
            return app.factdesk.attest.verify.ReportVerifier.verify(ExportedEvents.parse(report.toString()),
                    attestation.publishedKeys(), ExportedEvents.parse(checkpoint));
        }
    }
}
