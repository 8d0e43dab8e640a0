package app.factdesk.attest;

import app.factdesk.attest.verify.DetachedSignature;
import app.factdesk.attest.verify.Timestamps;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;

/**
 * The detached signature of a document (ADR 018) computed while the document is written: the writer sends the
 * canonical payload to {@link #payload()} as it goes, then {@link #finish()} gives the {@code signature} member. The
 * signing input {@code base64url(protected) + "." + base64url(payload)} is encoded on the fly, so the writer never
 * holds the document as a tree or a string (Ed25519 itself keeps the signing input until it signs: PureEdDSA reads
 * the message twice).
 */
public final class StreamingSignature {

    private final Signature ed25519;
    private final OutputStream payload;
    private final String protectedHeader;
    private final String timestampUrl;
    private final TimestampClient timestamps;
    private ObjectNode member;

    StreamingSignature(PrivateKey key, String protectedHeader, String timestampUrl, TimestampClient timestamps)
            throws GeneralSecurityException {
        this.protectedHeader = protectedHeader;
        this.timestampUrl = timestampUrl;
        this.timestamps = timestamps;
        ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update((protectedHeader + ".").getBytes(StandardCharsets.US_ASCII));
        payload = Base64.getUrlEncoder().withoutPadding().wrap(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    ed25519.update(bytes, offset, length);
                } catch (SignatureException e) {
                    throw new IOException("Cannot sign the export", e);
                }
            }
        });
    }

    /** Where the canonical payload (ADR 006 rules: the document without its {@code signature} member) goes. */
    public OutputStream payload() {
        return payload;
    }

    /**
     * Signs what the payload received: the {@code signature} member ({@code protected}, {@code signature} and, when
     * a time-stamping authority is set, {@code timestamp}). Called once.
     */
    public ObjectNode finish() throws IOException {
        if (member != null) {
            throw new IllegalStateException("The signature is already finished");
        }
        payload.close();
        byte[] signature;
        try {
            signature = ed25519.sign();
        } catch (SignatureException e) {
            throw new IOException("Cannot sign the export", e);
        }
        member = JsonNodeFactory.instance.objectNode();
        member.put("protected", protectedHeader).put("signature", DetachedSignature.encode(signature));
        if (timestampUrl != null) {
            member.put(Timestamps.MEMBER, Base64.getEncoder().encodeToString(
                    AttestationService.encoded(timestamps.stamp(timestampUrl, Timestamps.imprint(signature)))));
        }
        return member;
    }
}
