package app.factdesk.attest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals private signing keys with AES-256-GCM under the key-encryption key (KEK): {@code factdesk.signing.kek}
 * (environment {@code FACTDESK_SIGNING_KEK}, 32 bytes in base64) or, when that is not set, a KEK generated once into
 * {@code factdesk.signing.kek-file} with owner-only permissions, which the log announces. The key id is the
 * associated data, so a sealed key cannot be moved to another row.
 */
@Component
class KeyEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(KeyEncryption.class);
    private static final int IV_BYTES = 12;

    private final SecretKey kek;
    private final SecureRandom random = new SecureRandom();

    KeyEncryption(@Value("${factdesk.signing.kek:}") String configured,
            @Value("${factdesk.signing.kek-file}") Path file) {
        this.kek = new SecretKeySpec(configured.isBlank() ? fromFile(file) : decode(configured,
                "factdesk.signing.kek (FACTDESK_SIGNING_KEK)"), "AES");
    }

    byte[] seal(byte[] plain, String keyId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, keyId);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] open(byte[] sealed, String keyId) {
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), keyId)
                    .doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + keyId + " cannot be decrypted: is this installation's "
                    + "key-encryption key (FACTDESK_SIGNING_KEK) the one it was sealed with?", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, kek, new GCMParameterSpec(128, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".signing-kek", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(written, Base64.getEncoder().encodeToString(fresh));
                try {
                    // A hard link appears complete or not at all, and fails if another instance got there first.
                    Files.createLink(file, written);
                    LOG.warn("Generated a key-encryption key for the signing keys at {} (owner-only). Back it up "
                            + "with the database, or set FACTDESK_SIGNING_KEK instead.", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it first: read theirs
                } finally {
                    Files.delete(written);
                }
            } else {
                LOG.info("Signing keys are sealed with the key-encryption key in {}", file.toAbsolutePath());
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key-encryption key " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (base64 of 32 random bytes), not "
                    + key.length);
        }
        return key;
    }
}
