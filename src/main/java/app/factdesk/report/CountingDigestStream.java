package app.factdesk.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes through while counting them and hashing them with SHA-256. */
final class CountingDigestStream extends FilterOutputStream {

    private final MessageDigest sha;
    private long count;

    CountingDigestStream(OutputStream out) {
        super(out);
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha.update(b, off, len);
        count += len;
    }

    ExportResult result(long items) {
        return new ExportResult(count, HexFormat.of().formatHex(sha.digest()), items);
    }
}
