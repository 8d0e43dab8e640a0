package app.factdesk.report;

import java.io.IOException;
import java.io.InputStream;

/** A finished background export, ready to stream to its owner from wherever it is kept. */
public record ExportFile(String fileName, String mediaType, long size, Opener opener) {

    /** Opens the file's bytes; each call starts at the beginning. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
