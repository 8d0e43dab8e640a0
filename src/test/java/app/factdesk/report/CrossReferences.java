package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterOutputStream;

/**
 * Follows a PDF's cross-reference streams from the last {@code startxref} back through {@code /Prev}, and checks
 * that every offset they give points at its object ("n g obj"). PDFBox, even with lenient mode off, and PDF viewers
 * repair a wrong offset silently by scanning the file; a viewer then reports the file as damaged, and a signed file
 * as changed after signing.
 */
final class CrossReferences {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private CrossReferences() {
    }

    /**
     * The number of objects whose places were checked, in every section: an offset must point at "n g obj", an
     * object in an object stream must be named at its index in that stream's header.
     */
    static int check(byte[] pdf) throws Exception {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.Map<Long, Long> offsets = new java.util.HashMap<>();
        java.util.Map<Long, java.util.List<long[]>> inStreams = new java.util.TreeMap<>();
        Matcher last = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(text);
        assertThat(last.find()).as("the file ends with startxref and %%EOF").isTrue();
        long offset = Long.parseLong(last.group(1));
        int checked = 0;
        while (offset >= 0) {
            int at = (int) offset;
            assertThat(text.substring(at)).as("a cross-reference stream at " + at).matches("(?s)^\\d+ 0 obj\\s*<<.*");
            int streamAt = text.indexOf("stream", at);
            String dictionary = text.substring(at, streamAt);
            assertThat(dictionary).contains("/Type /XRef");
            int[] widths = numbers(group(dictionary, "/W\\s*\\[([^\\]]*)\\]"));
            String index = group(dictionary, "/Index\\s*\\[([^\\]]*)\\]");
            int[] sections = index == null ? new int[] {0, Integer.parseInt(group(dictionary, "/Size\\s+(\\d+)"))}
                    : numbers(index);
            int length = Integer.parseInt(group(dictionary, "/Length\\s+(\\d+)"));
            int dataAt = streamAt + "stream".length() + (text.charAt(streamAt + 6) == '\r' ? 2 : 1);
            byte[] rows = java.util.Arrays.copyOfRange(pdf, dataAt, dataAt + length);
            if (dictionary.contains("/FlateDecode")) {
                ByteArrayOutputStream inflated = new ByteArrayOutputStream();
                try (InflaterOutputStream inflate = new InflaterOutputStream(inflated)) {
                    inflate.write(rows);
                }
                rows = inflated.toByteArray();
            }
            assertThat(text.substring(dataAt + length)).as("the stream's length").matches("(?s)^\\s*endstream.*");
            int row = 0;
            int width = widths[0] + widths[1] + widths[2];
            for (int s = 0; s < sections.length; s += 2) {
                for (int n = sections[s]; n < sections[s] + sections[s + 1]; n++, row++) {
                    long type = widths[0] == 0 ? 1 : field(rows, row * width, widths[0]);
                    long second = field(rows, row * width + widths[0], widths[1]);
                    long third = field(rows, row * width + widths[0] + widths[1], widths[2]);
                    if (type == 1) {
                        assertThat(text.startsWith(n + " " + third + " obj", (int) second))
                                .as("object " + n + " at offset " + second).isTrue();
                        offsets.putIfAbsent((long) n, second);
                        checked++;
                    } else if (type == 2) {
                        inStreams.computeIfAbsent(second, s1 -> new java.util.ArrayList<>()).add(new long[] {third, n});
                    }
                }
            }
            assertThat(row * width).as("rows of the cross-reference stream").isEqualTo(rows.length);
            String previous = group(dictionary, "/Prev\\s+(\\d+)");
            offset = previous == null ? -1 : Long.parseLong(previous);
        }
        for (java.util.Map.Entry<Long, java.util.List<long[]>> stream : inStreams.entrySet()) {
            Long at = offsets.get(stream.getKey());
            assertThat(at).as("object stream " + stream.getKey() + " has an offset").isNotNull();
            int streamAt = text.indexOf("stream", at.intValue());
            String dictionary = text.substring(at.intValue(), streamAt);
            assertThat(dictionary).contains("/Type /ObjStm");
            int count = Integer.parseInt(group(dictionary, "/N\\s+(\\d+)"));
            int first = Integer.parseInt(group(dictionary, "/First\\s+(\\d+)"));
            int length = Integer.parseInt(group(dictionary, "/Length\\s+(\\d+)"));
            int dataAt = streamAt + "stream".length() + (text.charAt(streamAt + 6) == '\r' ? 2 : 1);
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            try (InflaterOutputStream inflate = new InflaterOutputStream(inflated)) {
                inflate.write(pdf, dataAt, length);
            }
            int[] header = numbers(new String(inflated.toByteArray(), 0, first, StandardCharsets.ISO_8859_1));
            assertThat(header).as("object stream " + stream.getKey() + ": N pairs").hasSize(2 * count);
            for (long[] object : stream.getValue()) {
                assertThat(header[2 * (int) object[0]]).as("object " + object[1] + " at index " + object[0]
                        + " of object stream " + stream.getKey()).isEqualTo((int) object[1]);
                checked++;
            }
        }
        return checked;
    }

    private static long field(byte[] rows, int at, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = value << 8 | (rows[at + i] & 0xFF);
        }
        return value;
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int[] numbers(String text) {
        return NUMBER.matcher(text).results().mapToInt(m -> Integer.parseInt(m.group())).toArray();
    }
}
