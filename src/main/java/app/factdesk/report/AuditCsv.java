package app.factdesk.report;

import app.factdesk.audit.AuditFieldRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit field rows as RFC 4180 CSV (comma, double quotes, CRLF, a header row). A cell that a spreadsheet
 * would run as a formula, one starting with {@code = + - @}, a tab or a carriage return, gets a leading {@code '}.
 */
final class AuditCsv implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(AuditFieldRow.COLUMNS).get();

    private final CSVPrinter printer;

    AuditCsv(Writer out, boolean bom) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        this.printer = new CSVPrinter(out, FORMAT);
    }

    void write(AuditFieldRow row) {
        try {
            for (String cell : row.cells()) {
                printer.print(neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
