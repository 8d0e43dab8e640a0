package app.factdesk.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code after} of the audit event pages: base64url of {@code "seq:<n>"}, the chain position of the last
 * event a page returned. Clients only pass it back; the prefix leaves room to change what it holds.
 */
final class AuditCursor {

    private static final String PREFIX = "seq:";

    private AuditCursor() {
    }

    static String after(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The chain position a cursor stands for; 0 (the start) for none. */
    static long seqOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException notBase64OrNumber) {
            // falls through to the refusal below
        }
        throw new InvalidCursorException();
    }

    /** A cursor this API did not hand out. */
    static final class InvalidCursorException extends RuntimeException {

        InvalidCursorException() {
            super("api.audit.cursor-invalid", null, false, false);
        }
    }
}
