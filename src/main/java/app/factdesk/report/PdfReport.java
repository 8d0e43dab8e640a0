package app.factdesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import app.factdesk.verdict.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * Renders a report to PDF with openhtmltopdf. ICU4J splits bidirectional runs and shapes Arabic into its joined
 * forms; the DejaVu Sans files shipped under {@code fonts/} (Latin and Arabic, with the presentation forms the shaper
 * produces) are embedded, so nothing depends on the fonts of the machine.
 *
 * <p>The font files are read once; each document parses them with PDFBox's own glyph substitution (GSUB) off: the
 * Arabic is already shaped by ICU into presentation forms that the font maps directly, and PDFBox's Latin GSUB pass
 * (a regular expression compiled for every string drawn) was the largest single cost of a report with many events.
 *
 * <p>The PDF is tagged (PDF/UA: structure tree, language, title) and its text layer gives Arabic base letters, not
 * presentation forms ({@link BaseLetterToUnicode}), so it can be searched and copied (docs/adr/022-readable-audit.md).
 */
@Component
class PdfReport {

    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private final SnapshotService snapshots;

    @org.springframework.beans.factory.annotation.Autowired
    PdfReport(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    /** Without archived copies (unit tests render reports without a database). */
    PdfReport() {
        this(null);
    }

    void write(Report report, OutputStream out) throws IOException {
        String html = snapshots == null ? ReportHtml.of(report)
                : ReportHtml.of(report, snapshots.bySource(report.sourceIds()));
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useFont(new PDFontSupplier(font(document, REGULAR)), FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(font(document, BOLD)), FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.usePdfUaAccessibility(true);
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            // PDFBox subsets the fonts and writes their ToUnicode maps while saving: save once (to nowhere, without
            // object-stream compression, the costly part) to have them, then point the Arabic presentation forms at
            // their base letters and save for real.
            document.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            BaseLetterToUnicode.apply(document);
            document.save(out);
        }
    }

    private static PDFont font(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
