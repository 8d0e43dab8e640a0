package app.factdesk.attest.verify;

import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Checks the detached JWS of a signed document (an export or a checkpoint, ADR 018): the algorithm, the signing
 * time, the key (published and valid at that time when {@code keys} are given, else the one embedded in the header)
 * and the signature over the document's canonical form. Either the signer or the reason it fails.
 */
final class SignatureCheck {

    /** Who signed, when, and whether the key was checked against the published keys. */
    record Signer(String keyId, Instant signedAt, boolean keyTrusted, byte[] signature) {
    }

    /** The signer, or the verdict that explains why the signature does not hold. */
    record Result(Signer signer, Verdict failure) {
    }

    private SignatureCheck() {
    }

    static Result check(JsonNode document, KeySet keys, String what) {
        JsonNode signature = document.get(DetachedSignature.MEMBER);
        if (signature == null || !signature.path("protected").isTextual() || !signature.path("signature").isTextual()) {
            return failed(what + " carries no signature");
        }
        String protectedHeader = signature.get("protected").textValue();
        JsonNode header;
        byte[] signatureBytes;
        try {
            header = ExportedEvents.parse(new String(DetachedSignature.decode(protectedHeader),
                    StandardCharsets.UTF_8));
            signatureBytes = DetachedSignature.decode(signature.get("signature").textValue());
        } catch (IllegalArgumentException e) {
            return failed(what + "'s signature is malformed (" + e.getMessage() + ")");
        }
        if (!"EdDSA".equals(header.path("alg").asText())) {
            return failed(what + "'s signature algorithm is " + header.path("alg") + ", not EdDSA");
        }
        String keyId = header.path("kid").asText();
        Instant signedAt;
        try {
            signedAt = Instant.parse(header.path("signedAt").asText());
        } catch (DateTimeParseException e) {
            return failed(what + "'s signature carries no valid signing time");
        }
        byte[] raw;
        if (keys == null) {
            try {
                raw = DetachedSignature.decode(header.path("jwk").path("x").asText());
            } catch (IllegalArgumentException e) {
                raw = new byte[0];
            }
        } else {
            Optional<PublishedKey> published = keys.find(keyId);
            if (published.isEmpty()) {
                return failed(what + " is signed by key " + keyId + ", which is not among the desk's published keys");
            }
            if (!published.get().covers(signedAt)) {
                return failed("key " + keyId + " was not the desk's signing key on " + signedAt);
            }
            raw = published.get().publicKey();
        }
        try {
            if (!Ed25519.verify(Ed25519.publicKey(raw), DetachedSignature.signingInput(protectedHeader, document),
                    signatureBytes)) {
                return failed("the signature does not match " + what + ": it was changed after signing, or signed "
                        + "with another key than " + keyId);
            }
        } catch (GeneralSecurityException e) {
            return failed(what + "'s signature key is unusable (" + e.getMessage() + ")");
        }
        return new Result(new Signer(keyId, signedAt, keys != null, signatureBytes), null);
    }

    private static Result failed(String reason) {
        return new Result(null, Verdict.invalid(null, reason));
    }
}
