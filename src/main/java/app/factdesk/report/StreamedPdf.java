package app.factdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a PDF laid out in passes as the passes come, so that the memory it holds does not grow with the report
 * (ADR 023, "A PDF written as it is laid out"). Each pass is laid out into a document of its own; its pages, content
 * streams and structure elements are written to the output, and the document is dropped. What must wait for the end
 * is kept as object numbers only: the pages, the Document element's kids and the parent tree's entries (a few ints
 * per page and per claim), and the objects shared by every pass, which are written last: the fonts (subset once, over
 * every pass's text), the page tree, the structure tree's root and its Document element, and each page's "n / total"
 * footer, known only when the last page is.
 *
 * <p>Objects other than streams go into compressed object streams of up to {@link PdfReport#OBJECTS_PER_STREAM}
 * objects, found through a cross-reference stream, as PDFBox's own compressed save does.
 */
final class StreamedPdf {

    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final COSName FOOTER_FONT = COSName.getPDFName("FactDeskFooter");

    private final Counting out;
    private final PDFont footerFont;
    private final List<PDFont> fonts;
    private final PDDocument fontsDocument;

    /** Per object number: 0 free or not written yet, > 0 the offset + 1, < 0 -(object stream number * 2^16 + index) - 1. */
    private long[] xref = new long[4096];
    private int size = 1;

    /** Objects of every pass that are written at the end, with their numbers. */
    private final Map<COSBase, Integer> shared = new IdentityHashMap<>();
    /** The current pass's objects and their numbers (a pass's own catalog, pages and trees map to the shared ones). */
    private Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();

    private final int catalog = reserve();
    private final int info = reserve();
    private final int pages = reserve();
    private final int structureRoot = reserve();
    private final int documentElement = reserve();
    private final int parentTree = reserve();
    private final int saveState = reserve();

    private byte[] structureRootEntries;
    private byte[] documentElementEntries;
    private final Ints pageObjects = new Ints();
    private final Ints footers = new Ints();
    private final Ints kids = new Ints();
    private final Ints parentKeys = new Ints();
    private final Ints parentValues = new Ints();
    private int nextKey;
    /** Each page's width, to centre its footer. */
    private final Ints pageWidths = new Ints();

    private int objectStream;
    private final ByteArrayOutputStream objectStreamBody = new ByteArrayOutputStream(1 << 20);
    private final Ints objectStreamHeader = new Ints();

    /**
     * @param fonts the fonts every pass draws with, loaded into {@code fontsDocument} to be subset when the last pass
     *              is written; the first one writes the footers
     */
    StreamedPdf(OutputStream out, PDDocument fontsDocument, List<PDFont> fonts) throws IOException {
        this.out = new Counting(out);
        this.fontsDocument = fontsDocument;
        this.fonts = fonts;
        this.footerFont = fonts.get(0);
        for (PDFont font : fonts) {
            shared.put(font.getCOSObject(), reserve());
        }
        this.out.write(HEADER);
    }

    /** Writes one pass's pages and tagged structure; the pass's document may be closed once this returns. */
    void pass(PDDocument document) throws IOException {
        numbers = new IdentityHashMap<>();
        var documentCatalog = document.getDocumentCatalog();
        PDStructureTreeRoot root = documentCatalog.getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("A tagged pass without a structure tree");
        }
        COSDictionary passDocument = documentElement(root.getCOSObject());
        numbers.put(documentCatalog.getCOSObject(), catalog);
        numbers.put(documentCatalog.getPages().getCOSObject(), pages);
        numbers.put(root.getCOSObject(), structureRoot);
        numbers.put(passDocument, documentElement);
        if (structureRootEntries == null) {
            firstPass(document, root.getCOSObject(), passDocument);
        }
        for (PDPage page : documentCatalog.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            shift(dictionary, COSName.STRUCT_PARENTS);
            COSArray annotations = dictionary.getCOSArray(COSName.ANNOTS);
            if (annotations != null) {
                for (int a = 0; a < annotations.size(); a++) {
                    if (annotations.getObject(a) instanceof COSDictionary annotation) {
                        shift(annotation, COSName.STRUCT_PARENT);
                    }
                }
            }
            page.getResources().put(FOOTER_FONT, footerFont);
            COSArray contents = new COSArray();
            contents.add(new Reference(saveState));
            COSBase existing = dictionary.getDictionaryObject(COSName.CONTENTS);
            if (existing instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    contents.add(array.get(i));
                }
            } else if (existing != null) {
                contents.add(dictionary.getItem(COSName.CONTENTS));
            }
            int footer = reserve();
            contents.add(new Reference(footer));
            dictionary.setItem(COSName.CONTENTS, contents);
            footers.add(footer);
            pageObjects.add(number(dictionary));
            pageWidths.add(Float.floatToIntBits(page.getMediaBox().getWidth()));
        }
        for (COSBase kid : kidsOf(passDocument)) {
            COSBase element = kid instanceof COSObject reference ? reference.getObject() : kid;
            if (!(element instanceof COSDictionary)) {
                throw new IllegalStateException("Marked content directly under the Document element");
            }
            kids.add(number(element));
        }
        if (root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
            if (tree.containsKey(COSName.KIDS)) {
                throw new IllegalStateException("A parent tree of more than one node");
            }
            COSArray nums = tree.getCOSArray(COSName.NUMS);
            for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
                parentKeys.add(((COSInteger) nums.getObject(i)).intValue() + nextKey);
                COSBase value = nums.get(i + 1);
                parentValues.add(number(value instanceof COSObject reference ? reference.getObject() : value));
            }
        }
        nextKey += root.getParentTreeNextKey();
        drain();
        numbers = new IdentityHashMap<>(); // nothing of this part is referenced again: let it go with its document
    }

    /** The catalog, document information, and the entries of the structure root and Document element that stay. */
    private void firstPass(PDDocument document, COSDictionary root, COSDictionary passDocument) throws IOException {
        COSDictionary catalogEntries = new COSDictionary();
        for (Map.Entry<COSName, COSBase> entry : document.getDocumentCatalog().getCOSObject().entrySet()) {
            if (COSName.PAGES.equals(entry.getKey())) {
                catalogEntries.setItem(COSName.PAGES, new Reference(pages));
            } else if (COSName.STRUCT_TREE_ROOT.equals(entry.getKey())) {
                catalogEntries.setItem(COSName.STRUCT_TREE_ROOT, new Reference(structureRoot));
            } else {
                catalogEntries.setItem(entry.getKey(), entry.getValue());
            }
        }
        writeObject(catalog, catalogEntries);
        writeObject(info, document.getDocumentInformation().getCOSObject());
        structureRootEntries = entries(root, Set.of(COSName.K, COSName.PARENT_TREE, COSName.PARENT_TREE_NEXT_KEY));
        documentElementEntries = entries(passDocument, Set.of(COSName.K, COSName.P));
    }

    /** Writes what waited for the last pass, then the cross-reference stream. */
    void finish() throws IOException {
        int total = pageObjects.size();
        for (int page = 0; page < total; page++) {
            writeStream(footers.get(page), new COSDictionary(), footer(page + 1, total));
        }
        writeStream(saveState, new COSDictionary(), "q\n".getBytes(StandardCharsets.US_ASCII));
        for (PDFont font : fonts) {
            font.subset();
        }
        BaseLetterToUnicode.apply(fontsDocument, fonts);
        numbers = new IdentityHashMap<>();
        for (PDFont font : fonts) {
            writeObject(shared.get(font.getCOSObject()), font.getCOSObject());
        }
        drain();
        writeRaw(pages, "<</Type /Pages /Count " + total + " /Kids " + references(pageObjects) + ">>");
        writeRaw(documentElement, "<<" + latin(documentElementEntries) + "/P " + structureRoot + " 0 R /K "
                + references(kids) + ">>");
        StringBuilder nums = new StringBuilder("<</Nums [");
        for (int i = 0; i < parentKeys.size(); i++) {
            nums.append(parentKeys.get(i)).append(' ').append(parentValues.get(i)).append(" 0 R ");
        }
        writeRaw(parentTree, nums.append("]>>").toString());
        writeRaw(structureRoot, "<<" + latin(structureRootEntries) + "/K " + documentElement + " 0 R /ParentTree "
                + parentTree + " 0 R /ParentTreeNextKey " + nextKey + ">>");
        flushObjectStream();
        writeCrossReferences();
        out.flush();
    }

    /** "n / total", centred at the foot of the page as the one-pass layout puts it, marked as an artifact. */
    private byte[] footer(int page, int total) throws IOException {
        String label = page + " / " + total;
        float size = 8;
        for (int i = 0; i < label.length(); i++) {
            footerFont.addToSubset(label.charAt(i));
        }
        float width = footerFont.getStringWidth(label) / 1000 * size;
        float pageWidth = Float.intBitsToFloat(pageWidths.get(page - 1));
        ByteArrayOutputStream text = new ByteArrayOutputStream(128);
        text.write(("Q\n/Artifact BMC\nBT\n/" + FOOTER_FONT.getName() + " " + (int) size + " Tf\n"
                + number((pageWidth - width) / 2) + " 24 Td\n").getBytes(StandardCharsets.US_ASCII));
        COSWriter.writeString(footerFont.encode(label), text);
        text.write(" Tj\nET\nEMC\n".getBytes(StandardCharsets.US_ASCII));
        return text.toByteArray();
    }

    private static String number(float value) {
        return new java.math.BigDecimal(Float.toString(value)).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String references(Ints objects) {
        StringBuilder text = new StringBuilder(objects.size() * 9 + 2).append('[');
        for (int i = 0; i < objects.size(); i++) {
            text.append(objects.get(i)).append(" 0 R ");
        }
        return text.append(']').toString();
    }

    private static String latin(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private void shift(COSDictionary dictionary, COSName key) {
        int value = dictionary.getInt(key, -1);
        if (value >= 0) {
            dictionary.setInt(key, value + nextKey);
        }
    }

    private static COSDictionary documentElement(COSDictionary root) {
        COSBase k = root.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            k = array.getObject(0);
        }
        return (COSDictionary) k;
    }

    private static COSArray kidsOf(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(element.getItem(COSName.K));
        }
        return array;
    }

    private int reserve() {
        if (size == xref.length) {
            xref = Arrays.copyOf(xref, size * 2);
        }
        return size++;
    }

    /** The object's number in the file, giving it one (and queueing it to be written) if it has none yet. */
    private int number(COSBase object) {
        Integer known = shared.get(object);
        if (known == null) {
            known = numbers.get(object);
        }
        if (known == null) {
            known = reserve();
            numbers.put(object, known);
            pending.add(object);
        }
        return known;
    }

    private void drain() throws IOException {
        while (!pending.isEmpty()) {
            COSBase object = pending.poll();
            writeObject(numbers.get(object), object);
        }
    }

    private void writeObject(int number, COSBase object) throws IOException {
        if (object instanceof COSStream stream) {
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            writeStream(number, stream, raw);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        body(object, body);
        addToObjectStream(number, body.toByteArray());
    }

    private void writeRaw(int number, String object) throws IOException {
        addToObjectStream(number, object.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void addToObjectStream(int number, byte[] body) throws IOException {
        if (objectStreamHeader.size() == 0) {
            objectStream = reserve();
        }
        xref[number] = -((long) objectStream << 16 | objectStreamHeader.size() / 2) - 1;
        objectStreamHeader.add(number);
        objectStreamHeader.add(objectStreamBody.size());
        objectStreamBody.write(body);
        objectStreamBody.write('\n');
        if (objectStreamHeader.size() / 2 == PdfReport.OBJECTS_PER_STREAM) {
            flushObjectStream();
        }
    }

    private void flushObjectStream() throws IOException {
        int count = objectStreamHeader.size() / 2;
        if (count == 0) {
            return;
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < objectStreamHeader.size(); i++) {
            header.append(objectStreamHeader.get(i)).append(' ');
        }
        byte[] first = header.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream data = new ByteArrayOutputStream(objectStreamBody.size() / 3 + 64);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
            deflate.write(first);
            objectStreamBody.writeTo(deflate);
        }
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OBJ_STM);
        dictionary.setInt(COSName.N, count);
        dictionary.setInt(COSName.FIRST, first.length);
        dictionary.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        writeStream(objectStream, dictionary, data.toByteArray());
        objectStreamHeader.clear();
        objectStreamBody.reset();
    }

    private void writeStream(int number, COSDictionary dictionary, byte[] raw) throws IOException {
        xref[number] = out.position + 1;
        out.write((number + " 0 obj\n<<").getBytes(StandardCharsets.US_ASCII));
        entries(dictionary, Set.of(COSName.LENGTH), out);
        out.write(("/Length " + raw.length + ">>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        out.write(raw);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A dictionary's entries, without the given keys, as they are written inside it. */
    private byte[] entries(COSDictionary dictionary, Set<COSName> except) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        entries(dictionary, except, text);
        return text.toByteArray();
    }

    private void entries(COSDictionary dictionary, Set<COSName> except, OutputStream to) throws IOException {
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (!except.contains(entry.getKey()) && entry.getValue() != null) {
                entry.getKey().writePDF(to);
                to.write(' ');
                value(entry.getValue(), to);
                to.write('\n');
            }
        }
    }

    /** An object's body, as it is written where it is defined. */
    private void body(COSBase object, OutputStream to) throws IOException {
        if (object instanceof COSDictionary dictionary) {
            to.write("<<".getBytes(StandardCharsets.US_ASCII));
            entries(dictionary, Set.of(), to);
            to.write(">>".getBytes(StandardCharsets.US_ASCII));
        } else if (object instanceof COSArray array) {
            to.write('[');
            for (int i = 0; i < array.size(); i++) {
                value(array.get(i), to);
                to.write(' ');
            }
            to.write(']');
        } else {
            value(object, to);
        }
    }

    /**
     * A value where it is used: a reference for a stream, an object of its own (a dictionary or array not marked
     * direct, as PDFBox's writer decides) or one shared by the passes; otherwise written in place.
     */
    private void value(COSBase value, OutputStream to) throws IOException {
        if (value instanceof COSObject reference) {
            COSBase resolved = reference.getObject();
            if (resolved == null) {
                to.write("null".getBytes(StandardCharsets.US_ASCII));
            } else {
                writeReference(number(resolved), to);
            }
        } else if (value instanceof Reference reference) {
            writeReference(reference.number, to);
        } else if (value instanceof COSStream
                || (value instanceof COSDictionary || value instanceof COSArray)
                        && (!value.isDirect() || shared.containsKey(value) || numbers.containsKey(value))) {
            writeReference(number(value), to);
        } else if (value instanceof COSDictionary || value instanceof COSArray) {
            body(value, to);
        } else if (value instanceof COSName name) {
            name.writePDF(to);
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, to);
        } else if (value instanceof COSInteger integer) {
            integer.writePDF(to);
        } else if (value instanceof COSFloat number) {
            number.writePDF(to);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(to);
        } else if (value == null || value instanceof COSNull) {
            to.write("null".getBytes(StandardCharsets.US_ASCII));
        } else {
            throw new IllegalStateException("Cannot write " + value.getClass().getName());
        }
    }

    private static void writeReference(int number, OutputStream to) throws IOException {
        to.write((number + " 0 R").getBytes(StandardCharsets.US_ASCII));
    }

    /** The cross-reference stream (PDF 1.5): type, offset or object stream, generation or index; and the trailer. */
    private void writeCrossReferences() throws IOException {
        int number = reserve();
        xref[number] = out.position + 1;
        ByteArrayOutputStream rows = new ByteArrayOutputStream(size * 7);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(rows)) {
            for (int n = 0; n < size; n++) {
                long entry = xref[n];
                if (entry > 0) {
                    row(deflate, 1, entry - 1, 0);
                } else if (entry < 0) {
                    long packed = -(entry + 1);
                    row(deflate, 2, packed >>> 16, (int) (packed & 0xFFFF));
                } else {
                    row(deflate, 0, 0, n == 0 ? 0xFFFF : 0);
                }
            }
        }
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        StringBuilder hex = new StringBuilder();
        for (byte b : id) {
            hex.append(String.format("%02X", b));
        }
        long start = out.position;
        out.write((number + " 0 obj\n<</Type /XRef /Size " + size + " /W [1 4 2] /Root " + catalog + " 0 R /Info " + info
                + " 0 R /ID [<" + hex + "> <" + hex + ">] /Filter /FlateDecode /Length " + rows.size()
                + ">>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        rows.writeTo(out);
        out.write(("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static void row(OutputStream to, int type, long field, int index) throws IOException {
        if (field >>> 32 != 0) {
            throw new IOException("A PDF report of 4 GB or more"); // four bytes per offset (/W [1 4 2])
        }
        to.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            to.write((int) (field >>> shift) & 0xFF);
        }
        to.write(index >>> 8 & 0xFF);
        to.write(index & 0xFF);
    }

    /** A reference to an object written elsewhere (at the end), by number; only this writer understands it. */
    private static final class Reference extends COSBase {
        private final int number;

        Reference(int number) {
            this.number = number;
        }

        @Override
        public void accept(ICOSVisitor visitor) {
            throw new UnsupportedOperationException("Written by StreamedPdf only");
        }
    }

    /** A growable list of ints. */
    private static final class Ints {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }

    private static final class Counting extends OutputStream {
        private final OutputStream out;
        private long position;

        Counting(OutputStream out) {
            this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
