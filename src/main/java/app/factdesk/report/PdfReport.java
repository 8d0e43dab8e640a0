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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
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

    /**
     * Objects per compressed object stream (PDFBox's default is 100). Signing reloads the finished PDF, and PDFBox,
     * each time it opens an object stream, indexes every object key of the file: with 100 per stream, signing a
     * 30,000-event report took 9 s, with 10,000 per stream 0.7 s, and the file is 17% smaller (ADR 023).
     */
    static final int OBJECTS_PER_STREAM = 10_000;

    /** Claims and events per layout pass of a long report: bounds the layout's memory, whatever the report's size. */
    static final int CLAIMS_PER_PART = 500;
    static final int EVENTS_PER_PART = 10_000;

    void write(Report report, OutputStream out) throws IOException {
        write(report, out, CLAIMS_PER_PART, EVENTS_PER_PART);
    }

    /**
     * Lays the report out in one pass when it is small enough, otherwise in several passes into the same document
     * (openhtmltopdf appends pages to a document that has some): each pass's layout is dropped before the next, the
     * pages' content is kept in a temporary file, and each pass's tagged structure is joined to the first one's.
     * The pages are numbered at the end, when their number is known.
     */
    void write(Report report, OutputStream out, int claimsPerPart, int eventsPerPart) throws IOException {
        List<String> parts = ReportHtml.parts(report, snapshots == null ? java.util.Map.of()
                : snapshots.bySource(report.sourceIds()), claimsPerPart, eventsPerPart);
        boolean inParts = parts.size() > 1;
        try (PDDocument document = inParts ? new PDDocument(IOUtils.createTempFileOnlyStreamCache())
                : new PDDocument()) {
            PDFont regular = font(document, REGULAR);
            PDFont bold = font(document, BOLD);
            StructureJoiner structure = new StructureJoiner(document);
            for (int i = 0; i < parts.size(); i++) {
                int firstPage = document.getNumberOfPages();
                structure.beforePass();
                layOut(document, parts.get(i), regular, bold);
                parts.set(i, null);
                structure.join(firstPage);
            }
            if (inParts) {
                numberPages(document, regular);
            }
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

    /**
     * Each layout pass sets a structure tree of its own on a catalog without one: one Document element, and a parent tree whose
     * keys start at 0 for its pages. This keeps the first pass's tree, moves every later pass's elements under its
     * Document element, and renumbers the later pass's parent-tree keys (and its pages' and annotations' references
     * to them) after the keys already used, so the document has one tree, in reading order.
     */
    private static final class StructureJoiner {
        private final PDDocument document;
        private PDStructureTreeRoot tree;
        private COSDictionary documentElement;
        private COSArray nums;
        private int nextKey;

        StructureJoiner(PDDocument document) {
            this.document = document;
        }

        /** openhtmltopdf builds a structure tree only when the catalog has none: let each pass build its own. */
        void beforePass() {
            document.getDocumentCatalog().setStructureTreeRoot(null);
        }

        void join(int firstPage) {
            PDStructureTreeRoot added = document.getDocumentCatalog().getStructureTreeRoot();
            if (added == null || tree != null && added.getCOSObject() == tree.getCOSObject()) {
                if (tree != null) {
                    document.getDocumentCatalog().setStructureTreeRoot(tree); // a pass that built none
                }
                return;
            }
            COSDictionary addedDocument = firstKid(added.getCOSObject());
            COSArray addedNums = added.getParentTree() == null ? new COSArray()
                    : added.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
            if (tree == null) {
                tree = added;
                documentElement = addedDocument;
                nums = addedNums;
                nextKey = added.getParentTreeNextKey();
                return;
            }
            COSArray kids = kidsOf(documentElement);
            for (COSBase kid : kidsOf(addedDocument)) {
                if (kid instanceof COSDictionary element) {
                    element.setItem(COSName.P, documentElement);
                } else if (kid instanceof COSObject reference
                        && reference.getObject() instanceof COSDictionary element) {
                    element.setItem(COSName.P, documentElement);
                }
                kids.add(kid);
            }
            for (int i = 0; i + 1 < addedNums.size(); i += 2) {
                nums.add(COSInteger.get(((COSInteger) addedNums.getObject(i)).intValue() + nextKey));
                nums.add(addedNums.get(i + 1));
            }
            for (int p = firstPage; p < document.getNumberOfPages(); p++) {
                COSDictionary page = document.getPage(p).getCOSObject();
                shift(page, COSName.STRUCT_PARENTS);
                COSArray annotations = page.getCOSArray(COSName.ANNOTS);
                if (annotations != null) {
                    for (int a = 0; a < annotations.size(); a++) {
                        if (annotations.getObject(a) instanceof COSDictionary annotation) {
                            shift(annotation, COSName.STRUCT_PARENT);
                        }
                    }
                }
            }
            nextKey += added.getParentTreeNextKey();
            tree.setParentTreeNextKey(nextKey);
            document.getDocumentCatalog().setStructureTreeRoot(tree);
        }

        private void shift(COSDictionary dictionary, COSName key) {
            int value = dictionary.getInt(key, -1);
            if (value >= 0) {
                dictionary.setInt(key, value + nextKey);
            }
        }

        private static COSDictionary firstKid(COSDictionary root) {
            COSBase k = root.getDictionaryObject(COSName.K);
            if (k instanceof COSArray array) {
                k = array.getObject(0);
            }
            return (COSDictionary) k;
        }

        /** The element's K as an array (a single kid becomes an array of one), set back on the element. */
        private static COSArray kidsOf(COSDictionary element) {
            COSBase k = element.getDictionaryObject(COSName.K);
            if (k instanceof COSArray array) {
                return array;
            }
            COSArray array = new COSArray();
            if (k != null) {
                array.add(element.getItem(COSName.K));
            }
            element.setItem(COSName.K, array);
            return array;
        }
    }

    /** "n / total" at the foot of every page, where the one-pass layout writes it, marked as an artifact. */
    private static void numberPages(PDDocument document, PDFont font) throws IOException {
        int total = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            String label = ++n + " / " + total;
            float size = 8;
            float width = font.getStringWidth(label) / 1000 * size;
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginMarkedContent(COSName.ARTIFACT);
                footer.beginText();
                footer.setFont(font, size);
                footer.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 24f);
                footer.showText(label);
                footer.endText();
                footer.endMarkedContent();
            }
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
