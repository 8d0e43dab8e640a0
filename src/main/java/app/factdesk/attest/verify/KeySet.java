package app.factdesk.attest.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's published keys: a JWK Set ({@code {"keys": [...]}}) whose entries are {@code OKP}/{@code Ed25519} keys
 * with {@code kid}, {@code x} and the Fact Desk members {@code validFrom}, {@code validUntil} and {@code fingerprint}.
 */
public record KeySet(List<PublishedKey> keys, List<PublishedCertificate> certificates) {

    public KeySet(List<PublishedKey> keys) {
        this(keys, List.of());
    }

    /** A PDF signing certificate (ECDSA P-256) with the period in which it signed. */
    public record PublishedCertificate(String keyId, byte[] certificate, Instant validFrom, Instant validUntil) {

        public boolean covers(Instant instant) {
            return !instant.isBefore(validFrom) && (validUntil == null || instant.isBefore(validUntil));
        }
    }

    public Optional<PublishedCertificate> certificate(byte[] der) {
        return certificates.stream().filter(c -> java.util.Arrays.equals(c.certificate(), der)).findFirst();
    }

    public Optional<PublishedKey> find(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Reads a key set. @throws IllegalArgumentException when it is not one */
    public static KeySet parse(JsonNode json) {
        JsonNode keys = json == null ? null : json.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new IllegalArgumentException("not a key set: no \"keys\" array");
        }
        List<PublishedKey> parsed = new ArrayList<>();
        List<PublishedCertificate> certificates = new ArrayList<>();
        for (JsonNode key : keys) {
            if ("EC".equals(key.path("kty").asText()) && key.path("x5c").isArray()) {
                try {
                    certificates.add(new PublishedCertificate(key.path("kid").asText(),
                            java.util.Base64.getDecoder().decode(key.get("x5c").get(0).asText()),
                            Instant.parse(key.path("validFrom").asText()), key.path("validUntil").isTextual()
                                    ? Instant.parse(key.path("validUntil").asText()) : null));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("key " + key.path("kid").asText("?") + " is malformed", e);
                }
                continue;
            }
            if (!"OKP".equals(key.path("kty").asText()) || !"Ed25519".equals(key.path("crv").asText())) {
                continue;
            }
            try {
                parsed.add(new PublishedKey(key.path("kid").asText(), DetachedSignature.decode(key.path("x").asText()),
                        Instant.parse(key.path("validFrom").asText()),
                        key.path("validUntil").isTextual() ? Instant.parse(key.path("validUntil").asText()) : null));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("key " + key.path("kid").asText("?") + " is malformed", e);
            }
        }
        return new KeySet(List.copyOf(parsed), List.copyOf(certificates));
    }

    /** This set as JSON, newest key first as given. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("keys");
        for (PublishedKey key : keys) {
            array.add(jwk(key));
        }
        for (PublishedCertificate certificate : certificates) {
            array.add(jwk(certificate));
        }
        return root;
    }

    /** A PDF signing certificate as a JWK: the EC public key, the certificate ({@code x5c}), the validity period. */
    public static ObjectNode jwk(PublishedCertificate certificate) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        try {
            java.security.interfaces.ECPublicKey key = (java.security.interfaces.ECPublicKey)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(
                            new java.io.ByteArrayInputStream(certificate.certificate())).getPublicKey();
            jwk.put("kty", "EC").put("crv", "P-256").put("alg", "ES256").put("use", "sig")
                    .put("kid", certificate.keyId())
                    .put("x", DetachedSignature.encode(coordinate(key.getW().getAffineX())))
                    .put("y", DetachedSignature.encode(coordinate(key.getW().getAffineY())));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("A PDF signing certificate is unreadable", e);
        }
        jwk.putArray("x5c").add(java.util.Base64.getEncoder().encodeToString(certificate.certificate()));
        jwk.put("x5t#S256", DetachedSignature.encode(Timestamps.imprint(certificate.certificate())));
        jwk.put("validFrom", certificate.validFrom().toString());
        jwk.put("validUntil", certificate.validUntil() == null ? null : certificate.validUntil().toString());
        return jwk;
    }

    private static byte[] coordinate(java.math.BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, fixed, 32 - length, length);
        return fixed;
    }

    /** One key as a JWK with its validity period and fingerprint. */
    public static ObjectNode jwk(PublishedKey key) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        jwk.put("kty", "OKP").put("crv", "Ed25519").put("alg", "EdDSA").put("use", "sig").put("kid", key.keyId())
                .put("x", DetachedSignature.encode(key.publicKey())).put("fingerprint", key.fingerprint())
                .put("validFrom", key.validFrom().toString());
        jwk.put("validUntil", key.validUntil() == null ? null : key.validUntil().toString());
        return jwk;
    }
}
