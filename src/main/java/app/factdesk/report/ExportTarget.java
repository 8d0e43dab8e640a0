package app.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes, opened only once the export has been allowed and checked, so a refused request never sets
 * download headers.
 */
@FunctionalInterface
public interface ExportTarget {

    OutputStream open(String fileName, String mediaType) throws IOException;

    /**
     * A stream that opens {@code target} at its first byte: a report that fails before it has anything to send
     * (signing refused) leaves the target unopened, so an HTTP answer can still be an error message rather than an
     * empty attachment.
     */
    static OutputStream openedAtFirstByte(ExportTarget target, String fileName, String mediaType) {
        return new OutputStream() {
            private OutputStream opened;

            private OutputStream opened() throws IOException {
                if (opened == null) {
                    opened = target.open(fileName, mediaType);
                }
                return opened;
            }

            @Override
            public void write(int b) throws IOException {
                opened().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                opened().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (opened != null) {
                    opened.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (opened != null) {
                    opened.close();
                }
            }
        };
    }
}
