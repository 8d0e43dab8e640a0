package app.factdesk.attest.verify;

import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Checks a signed export with nothing but the file and, optionally, the desk's published keys (ADR 018): recomputes
 * every event's hash, checks each event's link to the one before it (and, for a contiguous range, that no chain
 * position is missing or out of order), that the events end where the document says, that they reach the chain head
 * when they claim to, and finally the signature over the whole document. The first failure wins.
 */
public final class ReportVerifier {

    private ReportVerifier() {
    }

    /**
     * Verifies {@code document}; {@code keys} null means the signer's key is taken from the document itself (which
     * proves integrity but not authorship; the verdict says so).
     */
    public static Verdict verify(JsonNode document, KeySet keys) {
        JsonNode chain = document == null ? null : document.get("chain");
        JsonNode events = document == null ? null : document.get("auditEvents");
        JsonNode head = document == null ? null : document.get("chainHead");
        if (chain == null || !chain.isObject() || events == null || !events.isArray() || head == null) {
            return Verdict.unreadable("not a signed Fact Desk export (no chain, chainHead or auditEvents)");
        }
        ChainWalk walk = new ChainWalk(chain);
        for (JsonNode event : events) {
            Optional<Verdict> bad = walk.next(event);
            if (bad.isPresent()) {
                return bad.get();
            }
        }
        Optional<Verdict> end = walk.end(head);
        if (end.isPresent()) {
            return end.get();
        }
        return signature(document, keys, walk);
    }

    private static Verdict signature(JsonNode document, KeySet keys, ChainWalk walk) {
        JsonNode signature = document.get(DetachedSignature.MEMBER);
        if (signature == null || !signature.path("protected").isTextual() || !signature.path("signature").isTextual()) {
            return Verdict.invalid(null, "the file carries no signature");
        }
        String protectedHeader = signature.get("protected").textValue();
        JsonNode header;
        byte[] signatureBytes;
        try {
            header = ExportedEvents.parse(new String(DetachedSignature.decode(protectedHeader),
                    java.nio.charset.StandardCharsets.UTF_8));
            signatureBytes = DetachedSignature.decode(signature.get("signature").textValue());
        } catch (IllegalArgumentException e) {
            return Verdict.invalid(null, "the signature is malformed (" + e.getMessage() + ")");
        }
        if (!"EdDSA".equals(header.path("alg").asText())) {
            return Verdict.invalid(null, "the signature's algorithm is " + header.path("alg") + ", not EdDSA");
        }
        String keyId = header.path("kid").asText();
        Instant signedAt;
        try {
            signedAt = Instant.parse(header.path("signedAt").asText());
        } catch (DateTimeParseException e) {
            return Verdict.invalid(null, "the signature carries no valid signing time");
        }
        byte[] embedded;
        try {
            embedded = DetachedSignature.decode(header.path("jwk").path("x").asText());
        } catch (IllegalArgumentException e) {
            embedded = new byte[0];
        }
        byte[] raw;
        if (keys == null) {
            raw = embedded;
        } else {
            Optional<PublishedKey> published = keys.find(keyId);
            if (published.isEmpty()) {
                return Verdict.invalid(null, "signed by key " + keyId + ", which is not among the desk's published keys");
            }
            if (!published.get().covers(signedAt)) {
                return Verdict.invalid(null, "key " + keyId + " was not the desk's signing key on " + signedAt);
            }
            raw = published.get().publicKey();
        }
        try {
            if (!Ed25519.verify(Ed25519.publicKey(raw), DetachedSignature.signingInput(protectedHeader, document),
                    signatureBytes)) {
                return Verdict.invalid(null, "the signature does not match the document: it was changed after "
                        + "signing, or signed with another key than " + keyId);
            }
        } catch (GeneralSecurityException e) {
            return Verdict.invalid(null, "the signature's key is unusable (" + e.getMessage() + ")");
        }
        return Verdict.valid(walk.count(), walk.lastHash(), keyId, signedAt.toString(), keys != null);
    }
}
