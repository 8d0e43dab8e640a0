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
}
