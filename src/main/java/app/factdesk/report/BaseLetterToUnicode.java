package app.factdesk.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text layer of shaped Arabic read as the letters that were written. ICU draws Arabic with presentation
 * forms (U+FB50–U+FDFF, U+FE70–U+FEFF: a letter's initial, medial, final or isolated shape, and the lam-alef
 * ligatures), and PDFBox's ToUnicode map gives each glyph the code point it was drawn from, so copying or searching
 * the PDF yields those forms instead of the base letters. This rewrites the ToUnicode map of every embedded Type 0
 * font so that each presentation form maps to its compatibility decomposition (NFKC): the base letter, or for a
 * ligature its letters in logical order (lam, then alef), as the PDF specification asks of ligatures; a no-break
 * space maps to a space. Runs stay in
 * visual order in the content, as in any PDF; extractors put right-to-left text back in logical order themselves.
 *
 * <p>It runs on a document whose fonts are already subset (PDFBox writes the subset and its ToUnicode map while
 * saving), and touches only the ToUnicode streams.
 */
final class BaseLetterToUnicode {

    private static final int ENTRIES_PER_BLOCK = 100;

    private BaseLetterToUnicode() {
    }

    static void apply(PDDocument document) throws IOException {
        Set<COSBase> done = new HashSet<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font instanceof PDType0Font && done.add(font.getCOSObject())) {
                    rewrite(document, font.getCOSObject());
                }
            }
        }
    }

    /** The same for the given fonts only (those the report drew with), without visiting every page. */
    static void apply(PDDocument document, java.util.List<PDFont> fonts) throws IOException {
        for (PDFont font : fonts) {
            if (font instanceof PDType0Font) {
                rewrite(document, font.getCOSObject());
            }
        }
    }

    private static void rewrite(PDDocument document, COSDictionary font) throws IOException {
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return;
        }
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        StringBuilder blocks = new StringBuilder(64 * 1024);
        StringBuilder entries = new StringBuilder(4096);
        int count = 0;
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code);
            if (unicode == null) {
                continue;
            }
            String letters = baseLetters(unicode);
            changed |= !letters.equals(unicode);
            entries.append(String.format("<%04X> <", code));
            for (int i = 0; i < letters.length(); i++) {
                entries.append(String.format("%04X", (int) letters.charAt(i)));
            }
            entries.append(">\n");
            if (++count == ENTRIES_PER_BLOCK) {
                blocks.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
                entries.setLength(0);
                count = 0;
            }
        }
        if (!changed) {
            return;
        }
        if (count > 0) {
            blocks.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
        }
        String text = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """ + blocks + """
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """;
        PDStream rewritten = new PDStream(document, new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
        font.setItem(COSName.TO_UNICODE, rewritten);
    }

    /**
     * Presentation forms replaced by their base letters, a no-break space (the report keeps times on one line with
     * them) by a space, so that a search for "2026-12-03 10:15" finds it; everything else unchanged.
     */
    static String baseLetters(String unicode) {
        StringBuilder out = new StringBuilder(unicode.length() + 2);
        unicode.codePoints().forEach(c -> {
            if (c == 0x00A0) {
                out.append(' ');
            } else if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
