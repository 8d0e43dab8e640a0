package app.factdesk.attest;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Seals secrets the application must read back (webhook signing secrets) with the installation's key-encryption key
 * (ADR 018): a database dump alone does not give them away. The purpose (e.g. {@code webhook:12}) is bound to the
 * sealed bytes, so a sealed secret cannot be moved to another row.
 */
@Component
public class SecretVault {

    private final KeyEncryption encryption;

    SecretVault(KeyEncryption encryption) {
        this.encryption = encryption;
    }

    public byte[] seal(String secret, String purpose) {
        return encryption.seal(secret.getBytes(StandardCharsets.UTF_8), purpose);
    }

    public String open(byte[] sealed, String purpose) {
        return new String(encryption.open(sealed, purpose), StandardCharsets.UTF_8);
    }
}
