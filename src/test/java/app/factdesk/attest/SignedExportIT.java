package app.factdesk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.attest.verify.DetachedSignature;
import app.factdesk.attest.verify.Ed25519;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.audit.ExportedEvents;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A signed report verifies; every kind of tampering is caught, at the event where it happened. */
@IntegrationTest
class SignedExportIT {

    @Autowired
    SignedExports exports;
    @Autowired
    AttestationService attestation;

    private VerdictDesk.Desk desk;
    private byte[] file;
    private ObjectNode document;

    @BeforeEach
    void export() {
        desk = exports.desk();
        file = exports.rangeReport(desk);
        document = exports.parse(file);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ArrayNode events() {
        return (ArrayNode) document.get("auditEvents");
    }

    private long seqAt(int index) {
        return events().get(index).get("seq").longValue();
    }

    private Verdict verify() {
        return attestation.verify(exports.write(document));
    }

    @Test
    void an_untouched_export_is_valid_with_its_count_head_and_key() {
        Verdict verdict = attestation.verify(file);

        long count = document.get("chainHead").get("count").longValue();
        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(events().size()).isGreaterThanOrEqualTo(4);
        assertThat(verdict.events()).isEqualTo(count).isEqualTo(events().size());
        assertThat(verdict.headHash()).isEqualTo(document.get("chainHead").get("hash").textValue());
        assertThat(verdict.keyId()).isEqualTo(attestation.publishedKeys().keys().get(0).keyId());
        assertThat(verdict.text()).startsWith("valid: " + count + " events, head " + verdict.headHash()
                + ", signed by key " + verdict.keyId() + " on ");
        assertThat(document.get("chain").get("previousHash").textValue()).isEqualTo(ExportedEvents.GENESIS);
        assertThat(document.get("chain").get("workspaceId").longValue()).isEqualTo(desk.other().workspaceId());
    }

    @Test
    void a_changed_value_is_caught_at_its_event() {
        ((ObjectNode) events().get(3)).put("actorName", "Mallory");

        Verdict verdict = verify();

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.badSeq()).isEqualTo(seqAt(3));
        assertThat(verdict.reason()).contains("does not match its hash");
    }

    @Test
    void a_changed_value_inside_before_or_after_is_caught_too() {
        JsonNode withValues = null;
        int index = 0;
        for (; index < events().size(); index++) {
            if (events().get(index).get("after").isObject() && events().get(index).get("after").size() > 0) {
                withValues = events().get(index);
                break;
            }
        }
        assertThat(withValues).isNotNull();
        ObjectNode after = (ObjectNode) withValues.get("after");
        after.put(after.fieldNames().next(), "rewritten");

        assertThat(verify().badSeq()).isEqualTo(seqAt(index));
    }

    @Test
    void a_deleted_event_is_caught_where_it_is_missing() {
        long removed = seqAt(2);
        events().remove(2);

        Verdict verdict = verify();

        assertThat(verdict.badSeq()).isEqualTo(removed);
        assertThat(verdict.reason()).contains("expected chain event " + removed).contains("missing");
    }

    @Test
    void two_swapped_events_are_caught_at_the_first() {
        long first = seqAt(2);
        JsonNode second = events().remove(3);
        events().insert(2, second);

        Verdict verdict = verify();

        assertThat(verdict.badSeq()).isEqualTo(first);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
    }

    @Test
    void a_cut_off_tail_is_caught_even_when_the_range_is_rewritten_to_match() {
        long last = seqAt(events().size() - 1);
        events().remove(events().size() - 1);

        assertThat(verify().badSeq()).isEqualTo(last);
        assertThat(verify().reason()).contains("tail was cut off");

        ((ObjectNode) document.get("chain")).put("lastSeq", last - 1).put("eventCount", events().size());
        Verdict rewritten = verify();
        assertThat(rewritten.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(rewritten.reason()).contains("signature does not match the document");
    }

    @Test
    void a_replaced_signature_is_caught() {
        byte[] random = new byte[64];
        new java.security.SecureRandom().nextBytes(random);
        ((ObjectNode) document.get("signature")).put("signature", DetachedSignature.encode(random));

        Verdict verdict = verify();

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.reason()).contains("signature does not match the document");
    }

    @Test
    void a_missing_signature_is_caught() {
        document.remove("signature");

        assertThat(verify().reason()).isEqualTo("the document carries no signature");
    }

    @Test
    void a_document_signed_with_another_key_is_refused_whichever_key_id_it_claims() throws Exception {
        ((ObjectNode) events().get(1)).put("channel", "API");
        rechainFrom(1);
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String ownId = Ed25519.keyId(Ed25519.raw(forger.getPublic()));
        String deskId = attestation.publishedKeys().keys().get(0).keyId();

        resign(forger, ownId);
        Verdict own = verify();
        resign(forger, deskId);
        Verdict claimed = verify();

        assertThat(own.reason()).contains("signed by key " + ownId + ", which is not among the desk's published keys");
        assertThat(claimed.reason()).contains("signature does not match the document");
    }

    @Test
    void events_spliced_from_another_workspace_break_the_chain_at_the_splice() {
        ObjectNode other = exports.parse(exports.rangeReport(exports.desk()));
        ArrayNode theirs = (ArrayNode) other.get("auditEvents");
        long splice = seqAt(3);
        for (int i = 3; i < events().size() && i < theirs.size(); i++) {
            events().set(i, theirs.get(i));
        }

        Verdict verdict = verify();

        assertThat(verdict.badSeq()).isEqualTo(splice);
        assertThat(verdict.reason()).contains("previous hash is not the hash of event " + (splice - 1));
    }

    @Test
    void an_article_report_is_a_signed_selection_that_verifies() {
        long articleId = exports.parse(file).get("articles").get(0).get("article").get("id").longValue();
        byte[] report = exports.download(desk.editor(),
                app.factdesk.report.ExportRequest.ofArticle(app.factdesk.report.ExportKind.JSON, articleId));

        Verdict verdict = attestation.verify(report);

        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(exports.parse(report).get("chain").get("contiguous").booleanValue()).isFalse();
    }

    /** What a forger who knows the format does: recomputes every hash from {@code index} on, and the head. */
    private void rechainFrom(int index) {
        for (int i = index; i < events().size(); i++) {
            ObjectNode event = (ObjectNode) events().get(i);
            event.put("prevHash", events().get(i - 1).get("hash").textValue());
            event.put("hash", ExportedEvents.recompute(event));
        }
        ((ObjectNode) document.get("chainHead")).put("hash", events().get(events().size() - 1).get("hash").asText());
    }

    private void resign(KeyPair key, String keyId) throws Exception {
        document.remove("signature");
        ObjectNode header = document.objectNode().put("alg", "EdDSA").put("kid", keyId)
                .put("signedAt", Instant.now().toString());
        header.putObject("jwk").put("x", DetachedSignature.encode(Ed25519.raw(key.getPublic())));
        String protectedHeader = DetachedSignature.encode(header.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode reparsed = ExportedEvents.parse(new String(exports.write(document), StandardCharsets.UTF_8));
        byte[] signature = Ed25519.sign(key.getPrivate(), DetachedSignature.signingInput(protectedHeader, reparsed));
        document.putObject("signature").put("protected", protectedHeader)
                .put("signature", DetachedSignature.encode(signature));
    }
}
