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
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    private final int claimsPerPart;
    private final int eventsPerPart;

    @org.springframework.beans.factory.annotation.Autowired
    PdfReport(
            @org.springframework.beans.factory.annotation.Value("${factdesk.exports.pdf-claims-per-part:"
                    + CLAIMS_PER_PART + "}") int claimsPerPart,
            @org.springframework.beans.factory.annotation.Value("${factdesk.exports.pdf-events-per-part:"
                    + EVENTS_PER_PART + "}") int eventsPerPart) {
        if (claimsPerPart < 1 || eventsPerPart < 1) {
            throw new IllegalArgumentException("factdesk.exports.pdf-claims-per-part and pdf-events-per-part must be "
                    + "at least 1");
        }
        this.claimsPerPart = claimsPerPart;
        this.eventsPerPart = eventsPerPart;
    }

    /** With the default part sizes (unit tests). */
    PdfReport() {
        this(CLAIMS_PER_PART, EVENTS_PER_PART);
    }

    /**
     * Objects per compressed object stream (PDFBox's default is 100). PDFBox, each time it opens an object stream,
     * indexes every object key of the file, so a reader that opens them all pays (streams) x (objects): with 100 per
     * stream, signing a 30,000-event report took 9 s when PDFBox's incremental save still parsed every object. And it
     * parses a whole stream to read one object of it: the signer reads the catalog and the first page, so with
     * 10,000 per stream it held 20,000 objects (tens of MB) for a 10,000-claim report. 1,000 keeps both small
     * (ADR 023).
     */
    static final int OBJECTS_PER_STREAM = 1_000;

    /**
     * Claims and events per layout pass of a long report, by default: bounds the layout's memory, whatever the
     * report's size ({@code factdesk.exports.pdf-claims-per-part}, {@code pdf-events-per-part}).
     */
    static final int CLAIMS_PER_PART = 500;
    static final int EVENTS_PER_PART = 10_000;

    void write(Report report, OutputStream out) throws IOException {
        write(report, out, claimsPerPart, eventsPerPart);
    }

    /**
     * Lays the report out in one pass when it is small enough. A longer one is cut into parts, each laid out into a
     * document of its own as soon as its text is written, handed to {@link StreamedPdf}, which writes its pages and
     * tagged structure to {@code out}, and dropped: the memory held does not grow with the report (ADR 023). The
     * fonts are shared by every part and subset once, at the end, when the pages are numbered too.
     */
    void write(Report report, OutputStream out, int claimsPerPart, int eventsPerPart) throws IOException {
        if (ReportHtml.inParts(report, claimsPerPart, eventsPerPart)) {
            writeInParts(report, claimsPerPart, eventsPerPart, out);
            return;
        }
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, REGULAR);
            PDFont bold = font(document, BOLD);
            layOut(document, ReportHtml.of(report), regular, bold);
            // PDFBox subsets the fonts, writing their ToUnicode maps, when it saves. Subset them now instead, point
            // the Arabic presentation forms at their base letters, and save once. (Saving twice, once to nowhere to
            // get the subsets, cost more than the layout on long reports: PDFBox's writer checks its queue of objects
            // linearly, so an uncompressed save grows with the square of the objects of a tagged document.)
            if (subsetFontsNow(document)) {
                BaseLetterToUnicode.apply(document, List.of(regular, bold));
            } else {
                document.save(OutputStream.nullOutputStream(), CompressParameters.DEFAULT_COMPRESSION);
                BaseLetterToUnicode.apply(document);
            }
            document.save(out, new CompressParameters(OBJECTS_PER_STREAM));
        }
    }

    private static void writeInParts(Report report, int claimsPerPart, int eventsPerPart, OutputStream out) throws IOException {
        try (PDDocument fontsDocument = new PDDocument()) {
            PDFont regular = font(fontsDocument, REGULAR);
            PDFont bold = font(fontsDocument, BOLD);
            StreamedPdf pdf = new StreamedPdf(out, fontsDocument, List.of(regular, bold));
            try {
                ReportHtml.parts(report, claimsPerPart, eventsPerPart, html -> {
                    try (PDDocument part = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                        layOut(part, html, regular, bold);
                        pdf.pass(part);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            pdf.finish();
        }
    }

    private static void layOut(PDDocument document, String html, PDFont regular, PDFont bold) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.useFont(new PDFontSupplier(regular), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(bold), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.usePdfUaAccessibility(true);
        builder.usePageSupplier(PdfReport::page);
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
        }
    }

    /** A page whose marked-content property lists are kept by {@link PageProperties}. */
    private static PDPage page(PDDocument document, float width, float height, int pageNumber, int shadowPage) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new PageProperties());
        page.setResources(resources);
        document.addPage(page);
        return page;
    }

    /**
     * A page's marked-content property lists, with one shared entry for every box artifact. openhtmltopdf 1.1.31 marks
     * the background of every box as a Background artifact with a bounding box of its own, whether or not the box has
     * a background or border (its check reads {@code background-image} as an identifier, but the value is a list), so
     * about twenty artifact dictionaries per claim stayed in memory until the save and were written to the file,
     * most around nothing. Every box artifact here names one {@code /Type /Layout} entry instead (layout artifacts
     * need no bounding box). The other lists (each text run's MCID) are new each time, so the linear search PDFBox
     * makes for an equal one before adding is skipped. ADR 023.
     */
    static final class PageProperties extends COSDictionary {
        static final COSName BOX_ARTIFACT = COSName.getPDFName("Box");

        PageProperties() {
            COSDictionary layout = new COSDictionary();
            layout.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
            setItem(BOX_ARTIFACT, layout);
        }

        private static boolean boxArtifact(Object value) {
            return value instanceof COSDictionary dictionary
                    && COSName.BACKGROUND.equals(dictionary.getCOSName(COSName.TYPE));
        }

        /** Written inline, not as an object of its own each (PDFBox makes every dictionary not marked direct one). */
        @Override
        public void setItem(COSName key, COSBase value) {
            if (value instanceof COSDictionary dictionary && !(value instanceof org.apache.pdfbox.cos.COSStream)) {
                dictionary.setDirect(true);
            }
            super.setItem(key, value);
        }

        @Override
        public boolean containsValue(Object value) {
            return boxArtifact(value);
        }

        @Override
        public COSName getKeyForValue(Object value) {
            return boxArtifact(value) ? BOX_ARTIFACT : super.getKeyForValue(value);
        }
    }

    private static final java.lang.reflect.Method FONTS_TO_SUBSET = fontsToSubset();

    private static java.lang.reflect.Method fontsToSubset() {
        try {
            java.lang.reflect.Method method = PDDocument.class.getDeclaredMethod("getFontsToSubset");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // a PDFBox without it: fall back to saving twice
        }
    }

    /** Subsets the document's fonts as its save would, and leaves nothing for the save to subset again. */
    @SuppressWarnings("unchecked")
    private static boolean subsetFontsNow(PDDocument document) throws IOException {
        if (FONTS_TO_SUBSET == null) {
            return false;
        }
        Set<PDFont> fonts;
        try {
            fonts = (Set<PDFont>) FONTS_TO_SUBSET.invoke(document);
        } catch (ReflectiveOperationException e) {
            return false;
        }
        for (PDFont font : fonts) {
            font.subset();
        }
        fonts.clear();
        return true;
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
