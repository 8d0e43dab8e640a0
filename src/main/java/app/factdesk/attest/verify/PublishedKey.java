package app.factdesk.attest.verify;

import java.time.Instant;

/**
 * A public signing key as published at {@code /.well-known/factdesk-keys.json}: its id, 32 raw Ed25519 bytes, and the
 * period in which it signed ({@code validUntil} null for the current key).
 */
public record PublishedKey(String keyId, byte[] publicKey, Instant validFrom, Instant validUntil) {

    /** True if this key was the signing key at {@code instant}. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(validFrom) && (validUntil == null || instant.isBefore(validUntil));
    }

    public String fingerprint() {
        return Ed25519.fingerprint(publicKey);
    }
}
