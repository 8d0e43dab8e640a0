package app.factdesk.attest.verify;

import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The signature of an export (ADR 018): a JWS in flattened JSON serialization with a detached payload, kept in the
 * document's {@value #MEMBER} member as {@code {"protected": ..., "signature": ...}}. The payload is the canonical
 * JSON (ADR 006) of the whole document without that member; the signing input is
 * {@code base64url(protected) + "." + base64url(payload)}, as RFC 7515 defines it.
 */
public final class DetachedSignature {

    public static final String MEMBER = "signature";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private DetachedSignature() {
    }

    /** The JWS signing input for {@code document} (its {@value #MEMBER} member, if any, left out). */
    public static String signingInput(String protectedHeader, JsonNode document) {
        ObjectNode payload = ((ObjectNode) document).deepCopy();
        payload.remove(MEMBER);
        byte[] canonical = ExportedEvents.canonical(payload).getBytes(StandardCharsets.UTF_8);
        return protectedHeader + "." + B64.encodeToString(canonical);
    }

    public static String encode(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    public static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }
}
