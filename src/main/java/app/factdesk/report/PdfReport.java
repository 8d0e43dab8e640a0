package app.factdesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * Renders a report to PDF with openhtmltopdf. ICU4J splits bidirectional runs and shapes Arabic into its joined
 * forms; the DejaVu Sans files shipped under {@code fonts/} (Latin and Arabic, with the presentation forms the shaper
 * produces) are embedded, so nothing depends on the fonts of the machine.
 */
@Component
class PdfReport {

    private static final String FAMILY = "DejaVu Sans";

    void write(Report report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(ReportHtml.of(report), null);
        builder.toStream(out);
        builder.run();
    }

    private static java.io.InputStream font(String file) {
        return PdfReport.class.getResourceAsStream("/fonts/" + file);
    }
}
