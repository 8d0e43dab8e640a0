package app.factdesk.verdict;

import app.factdesk.shared.UserFacingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks an uploaded evidence file: its kind comes from its bytes (magic numbers, or valid UTF-8 text), never from
 * its name or the browser; a name whose extension says otherwise is refused, as is any name that looks like a path.
 * The name that passes is only ever shown and sent back in {@code Content-Disposition}, never used as a path.
 */
public final class EvidenceFiles {

    static final int MAX_NAME_LENGTH = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private EvidenceFiles() {
    }

    /** The kind of file these bytes are, or a refusal for an empty or unsupported file. */
    public static EvidenceKind detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("evidence.file-empty");
        }
        if (startsWith(bytes, PDF)) {
            return EvidenceKind.PDF;
        }
        if (startsWith(bytes, PNG)) {
            return EvidenceKind.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return EvidenceKind.JPEG;
        }
        String text = utf8Text(bytes);
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
                || head.contains("<body");
        return html ? EvidenceKind.HTML : EvidenceKind.TEXT;
    }

    /**
     * The name to show for an upload: refused when it is empty or holds a path (slashes, backslashes, {@code ..},
     * control characters); characters that are unsafe in file names or that reorder text are replaced.
     */
    public static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new UserFacingException("evidence.file-name");
        }
        String name = Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\")
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("evidence.file-name");
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(unsafe(c) ? '_' : c));
        String cleaned = safe.toString().replaceFirst("^[.\\s]+", "");
        if (cleaned.isBlank()) {
            throw new UserFacingException("evidence.file-name");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_LENGTH) {
            String extension = extension(cleaned);
            int keep = MAX_NAME_LENGTH - extension.length() - 1;
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, keep)) + "." + extension;
        }
        return cleaned;
    }

    /** Refuses a file whose name claims another kind than its bytes, e.g. an HTML page named {@code .pdf}. */
    public static void requireMatchingName(String displayName, EvidenceKind kind) {
        String extension = extension(displayName);
        if (!extension.isEmpty() && !kind.extensions().contains(extension)) {
            throw new UserFacingException("evidence.file-mismatch", extension, kind.name());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean unsafe(int c) {
        return "<>:\"|?*;".indexOf(c) >= 0 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String utf8Text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("evidence.file-type");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
            throw new UserFacingException("evidence.file-type");
        }
        return text;
    }
}
