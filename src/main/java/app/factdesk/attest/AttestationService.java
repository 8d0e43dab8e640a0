package app.factdesk.attest;

import app.factdesk.attest.verify.DetachedSignature;
import app.factdesk.attest.verify.KeySet;
import app.factdesk.attest.verify.PublishedKey;
import app.factdesk.attest.verify.PdfVerifier;
import app.factdesk.attest.verify.ReportVerifier;
import app.factdesk.attest.verify.Timestamps;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final TimestampClient timestamps;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AttestationService(SigningKeys keys, Clock clock, ObjectMapper json, TimestampClient timestamps,
            DataSource dataSource, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.keys = keys;
        this.clock = clock;
        this.json = json;
        this.timestamps = timestamps;
        this.jdbc = new JdbcTemplate(dataSource);
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
        return new KeySet(keys.published(), keys.certificates());
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
     * the rest of the document, with the key id, the signing time and the public key in its protected header, and an
     * RFC 3161 timestamp of the signature when a time-stamping authority is configured.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public ObjectNode sign(ObjectNode document) {
        return signDocument(document, "factdesk-export+jws");
    }

    /**
     * The same signature as {@link #sign}, for a document written as a stream: the caller sends the document's
     * canonical form (without {@code signature}) to {@link StreamingSignature#payload()} and adds the member that
     * {@link StreamingSignature#finish()} returns.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public StreamingSignature startSignature() {
        return start("factdesk-export+jws");
    }

    /** Signs {@code document} as {@link #sign} does; the caller has decided that it may (checkpoints, exports). */
    ObjectNode signDocument(ObjectNode document, String type) {
        StreamingSignature signature = start(type);
        try {
            ObjectNode asWritten = (ObjectNode) ExportedEvents.parse(json.writeValueAsString(document));
            asWritten.remove(DetachedSignature.MEMBER);
            signature.payload().write(ExportedEvents.canonical(asWritten).getBytes(StandardCharsets.UTF_8));
            document.set(DetachedSignature.MEMBER, signature.finish());
            return document;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot sign the export", e);
        }
    }

    private StreamingSignature start(String type) {
        Instant signedAt = now();
        SigningKeys.Current key = keys.current()
                .orElseThrow(() -> new IllegalStateException("No current signing key: the start-up creates one"));
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", "EdDSA").put("typ", type).put("kid", key.keyId()).put("signedAt", signedAt.toString());
        PublishedKey published = keys.published().stream().filter(k -> k.keyId().equals(key.keyId()))
                .findFirst().orElseThrow();
        header.set("jwk", KeySet.jwk(published));
        String protectedHeader = DetachedSignature.encode(ExportedEvents.canonical(header)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return new StreamingSignature(key.privateKey(), protectedHeader, timestampUrl().orElse(null), timestamps);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the export", e);
        }
    }

    /**
     * Signs a rendered PDF report as a PDF (PAdES B-B: CMS with ECDSA P-256, the signing certificate as a signed
     * attribute, the time in the signature dictionary; B-T with a timestamp when an authority is configured) and
     * writes it to {@code out}. {@code manifest} (the chain head the report reaches) is named in the signature's reason
     * so a reader sees what the PDF stands for.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public void signPdf(java.nio.file.Path pdf, String manifest, java.io.OutputStream out) throws java.io.IOException {
        SigningKeys.DocumentKey key = keys.currentDocumentKey()
                .orElseThrow(() -> new IllegalStateException("No PDF signing key: the start-up creates one"));
        String tsa = timestampUrl().orElse(null);
        PdfSigner.sign(pdf, key, manifest, now(), tsa == null ? null : digest -> encoded(timestamps.stamp(tsa, digest)),
                out);
    }

    /** The time-stamping authority every signature is timestamped by, if an installation admin set one. */
    @Transactional(readOnly = true)
    public Optional<String> timestampUrl() {
        return Optional.ofNullable(jdbc.queryForObject("select tsa_url from attestation_settings where id = 1",
                String.class));
    }

    /** Sets or clears ({@code null}/blank) the time-stamping authority's URL. Installation admins. */
    @PreAuthorize("hasRole('INSTALLATION_ADMIN')")
    @Transactional
    public void setTimestampUrl(String url) {
        String value = url == null || url.isBlank() ? null : url.strip();
        if (value != null) {
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("attest.tsa-url-invalid");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || value.length() > 2000) {
                throw new UserFacingException("attest.tsa-url-invalid");
            }
        }
        jdbc.update("update attestation_settings set tsa_url = ?, updated_at = now(), updated_by = ? where id = 1",
                value, currentUser.require().userId());
        LOG.info("Time-stamping authority {}", value == null ? "cleared" : "set to " + value);
    }

    /** The PDF signing certificates, current and retired, newest first (published beside the keys). */
    @Transactional(readOnly = true)
    public List<X509Certificate> documentCertificates() {
        return keys.certificates().stream().map(c -> DocumentCertificates.parse(c.certificate())).toList();
    }

    static byte[] encoded(org.bouncycastle.tsp.TimeStampToken token) {
        try {
            return token.getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verdict on an uploaded export, checked against this desk's published keys; nothing is stored. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Verdict verify(byte[] file) {
        return verify(file, null);
    }

    /**
     * The verdict on an uploaded export and, when {@code checkpoint} is given (a checkpoint the auditor kept), whether
     * the export's chain extends it. Nothing is stored.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Verdict verify(byte[] file, byte[] checkpoint) {
        JsonNode kept = null;
        if (checkpoint != null) {
            try {
                kept = ExportedEvents.parse(StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(checkpoint)).toString());
            } catch (CharacterCodingException | IllegalArgumentException e) {
                return Verdict.unreadableFile("the checkpoint is not a JSON file that can be read");
            }
        }
        if (PdfVerifier.isPdf(file)) {
            return PdfVerifier.verify(file, publishedKeys());
        }
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
        return ReportVerifier.verify(document, publishedKeys(), kept);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
