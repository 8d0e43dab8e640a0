package app.factdesk.boundary;

import java.util.List;

/**
 * The corpus of hostile input both fuzz tests send: text Fact Desk must refuse (NUL, lone surrogates, control
 * characters), text it must store exactly (direction overrides, SQL and regex metacharacters), numbers, dates and
 * JSON shapes at and past every limit.
 */
final class HostileValues {

    /** Free text as Java strings (the UI test types them). */
    static final List<String> TEXTS = List.of("nul\u0000inside", "lone \uD800 high", "lone \uDC00 low",
            "bell\u0007", "escape\u001b[31m", "\u202Eevil override\u202C", "' OR 1=1; DROP TABLE article; --",
            "(a+)+$[\\", "%00%2F../..", "<script>alert(1)</script>", "\uFEFF\u200F\u061C");

    /** The same text as JSON string literals, plus a 10 MB string. */
    static final List<String> JSON_TEXTS = List.of("\"nul\\u0000inside\"", "\"lone \\ud800 high\"",
            "\"lone \\udc00 low\"", "\"bell\\u0007\"", "\"\\u202eevil override\\u202c\"",
            "\"' OR 1=1; DROP TABLE article; --\"", "\"(a+)+$[\\\\\"", "\"\"", "\"   \"");

    static final List<String> JSON_NUMBERS = List.of("99999999999999999999", "-1", "0", "-9223372036854775808",
            "2147483648", "1e308", "1.5", "-0");

    static final List<String> JSON_DATES = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-00-00\"",
            "\"2026-02-30\"", "\"0999-12-31\"");

    static final List<String> JSON_SHAPES = List.of("[null]", "[\"nul\\u0000\"]", "null", "{}", "true", "[]",
            "[[[[[[[[[[1]]]]]]]]]]");

    /** Query parameter values, already percent-encoded (a lone surrogate as the bytes Java would never encode). */
    static final List<String> QUERY_VALUES = List.of("%00", "a%00b", "%ED%A0%80", "%E2%80%AEevil", "abc", "-1", "0",
            "2147483647", "99999999999999999999", "1.5", "%2B999999999-12-31", "-999999999-01-01", "2026-02-30",
            "%27%20OR%201%3D1--", "(a%2B)%2B%24%5B", "%07", "%FF%FE");

    /** Path segments where an id belongs. */
    static final List<String> PATH_VALUES = List.of("abc", "1.5", "-1", "0", "99999999999999999999", "%00",
            "%2F", "%ED%A0%80", "%20", "1e3", "0x10");

    static String tenMegabyteString() {
        return "\"" + "x".repeat(10 * 1024 * 1024) + "\"";
    }

    static String deeplyNested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private HostileValues() {
    }
}
