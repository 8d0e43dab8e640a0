package app.factdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: {@code fdt_} and 32 random bytes in unpadded base64url (43 characters). The prefix makes a leaked
 * token easy to recognize (and to scan for); the 256 random bits make a plain SHA-256 a safe stored form.
 */
final class ApiTokenSecrets {

    static final String PREFIX = "fdt_";
    static final int SHOWN_CHARACTERS = 12;
    private static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The start of a secret that the owner's list shows, e.g. {@code fdt_Q2xhaW1z}. */
    static String displayPrefix(String secret) {
        return secret.substring(0, SHOWN_CHARACTERS);
    }

    /** Cheap shape check before any database look-up. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.length() == SECRET_LENGTH && secret.startsWith(PREFIX)
                && secret.substring(PREFIX.length()).chars().allMatch(ApiTokenSecrets::base64url);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
