package app.factdesk.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search support shared by the modules that search: the SQL that turns a user's query into a tsquery
 * (Arabic-normalized, Arabic and English stemming), and splitting a snippet with match markers into plain parts.
 */
public final class SearchText {

    /** Markers that ts_headline puts around matches: private-use characters, never found in real text. */
    public static final String START = "\uE000";
    public static final String STOP = "\uE001";

    /** A tsquery for the named parameter {@code :q}, matching both Arabic and English stems. */
    public static final String TSQUERY = "(websearch_to_tsquery('arabic', fd_normalize_ar(:q))"
            + " || websearch_to_tsquery('english', fd_normalize_ar(:q)))";

    /** ts_headline options: one short fragment, matches between {@link #START} and {@link #STOP}. */
    public static final String HEADLINE_OPTIONS = "'MaxFragments=1, MaxWords=24, MinWords=10, StartSel=" + START
            + ", StopSel=" + STOP + "'";

    /** A part of a snippet, marked when it is a match. */
    public record Part(String text, boolean match) {
    }

    private SearchText() {
    }

    public static List<Part> parts(String snippet) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < snippet.length()) {
            int start = snippet.indexOf(START, i);
            if (start < 0) {
                parts.add(new Part(snippet.substring(i), false));
                break;
            }
            if (start > i) {
                parts.add(new Part(snippet.substring(i, start), false));
            }
            int stop = snippet.indexOf(STOP, start);
            int end = stop < 0 ? snippet.length() : stop;
            parts.add(new Part(snippet.substring(start + 1, end), true));
            i = stop < 0 ? snippet.length() : stop + 1;
        }
        return parts;
    }
}
