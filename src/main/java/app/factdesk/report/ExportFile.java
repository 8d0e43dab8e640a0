package app.factdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A finished background export, ready to stream to its owner. */
public record ExportFile(String fileName, String mediaType, long size, Path path) {

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
