package app.factdesk.verdict;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header value for a display name (RFC 6266): an ASCII-only
 * {@code filename} for old clients and the exact name as RFC 8187 {@code filename*}, so no quote, backslash,
 * semicolon or line break of the name can end the header or the parameter early.
 */
final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    static String attachment(String displayName) {
        StringBuilder ascii = new StringBuilder();
        displayName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                && c != ';' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : displayName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
