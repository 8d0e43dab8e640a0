package app.factdesk.attest;

import app.factdesk.attest.verify.DetachedSignature;
import app.factdesk.attest.verify.Ed25519;
import app.factdesk.attest.verify.KeySet;
import app.factdesk.attest.verify.PublishedKey;
import app.factdesk.attest.verify.ReportVerifier;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's signing key and what it signs (ADR 018): exports get a detached Ed25519 signature, the public
 * keys (current and retired) are published, admins rotate the key, and anyone can have a file verified.
 */
@Service
public class AttestationService {

    private static final Logger LOG = LoggerFactory.getLogger(AttestationService.class);

    private final SigningKeys keys;
    private final Clock clock;
    private final ObjectMapper json;

    AttestationService(SigningKeys keys, Clock clock, ObjectMapper json) {
        this.keys = keys;
        this.clock = clock;
        this.json = json;
    }

    /** Creates the installation's first signing key at start-up when there is none. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureKey() {
        if (keys.createIfNone(now())) {
            LOG.info("Created the installation's first signing key");
        }
    }

    /** The public keys, current and retired, newest first, as published at {@code /.well-known/factdesk-keys.json}. */
    @Transactional(readOnly = true)
    public KeySet publishedKeys() {
        return new KeySet(keys.published());
    }

    /** Retires the current signing key now and makes a new one current; earlier signatures stay verifiable. Admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PublishedKey rotateKey() {
        PublishedKey key = keys.replace(now());
        LOG.info("Signing key rotated: {} is now current", key.keyId());
        return key;
    }

    /**
     * Adds a {@code signature} member to {@code document}: a JWS (EdDSA, detached payload) over the canonical form of
     * the rest of the document, with the key id, the signing time and the public key in its protected header.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public ObjectNode sign(ObjectNode document) {
        Instant signedAt = now();
        SigningKeys.Current key = keys.current()
                .orElseThrow(() -> new IllegalStateException("No current signing key: the start-up creates one"));
        try {
            JsonNode asWritten = ExportedEvents.parse(json.writeValueAsString(document));
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.put("alg", "EdDSA").put("typ", "factdesk-export+jws").put("kid", key.keyId())
                    .put("signedAt", signedAt.toString());
            PublishedKey published = keys.published().stream().filter(k -> k.keyId().equals(key.keyId()))
                    .findFirst().orElseThrow();
            header.set("jwk", KeySet.jwk(published));
            String protectedHeader = DetachedSignature.encode(ExportedEvents.canonical(header)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] signature = Ed25519.sign(key.privateKey(),
                    DetachedSignature.signingInput(protectedHeader, asWritten));
            document.putObject(DetachedSignature.MEMBER).put("protected", protectedHeader)
                    .put("signature", DetachedSignature.encode(signature));
            return document;
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the export", e);
        }
    }

    /** The verdict on an uploaded export, checked against this desk's published keys; nothing is stored. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Verdict verify(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return ReportVerifier.verify(null, null);
        }
        JsonNode document;
        try {
            document = ExportedEvents.parse(text);
        } catch (IllegalArgumentException e) {
            return ReportVerifier.verify(null, null);
        }
        return ReportVerifier.verify(document, publishedKeys());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
