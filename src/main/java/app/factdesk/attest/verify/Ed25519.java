package app.factdesk.attest.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Ed25519 through the JDK: raw 32-byte public keys (as in a JWK's {@code x}), key ids, signing and checking. */
public final class Ed25519 {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), followed by the 32 raw key bytes. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    /** The 32 raw bytes of an Ed25519 public key. */
    public static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    /** The public key with these 32 raw bytes. */
    public static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        if (raw.length != 32) {
            throw new GeneralSecurityException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    /** The SHA-256 of the raw public key, in lower-case hex: what admins compare. */
    public static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key id: {@code fd-} and the first 16 hex digits of the fingerprint. */
    public static String keyId(byte[] raw) {
        return "fd-" + fingerprint(raw).substring(0, 16);
    }

    public static byte[] sign(PrivateKey key, String input) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return signature.sign();
    }

    public static boolean verify(PublicKey key, String input, byte[] signature) {
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(input.getBytes(StandardCharsets.US_ASCII));
            return check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
