package app.factdesk.suggestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words and phrases of one language, each under a reason key, read from {@code suggestion/cues-LANG.txt}
 * ({@code [key]} headings, comma-separated entries). Matching is on folded words; in Arabic a leading {@code و}/
 * {@code ف} and then {@code ب}/{@code ك}/{@code ل} may be glued to the first word ({@code وقال}, {@code للوزارة}).
 */
final class Lexicon {

    record Match(String key, int words) {
    }

    private final Map<String, String> phrases = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final boolean arabic;
    private int maxWords = 1;

    private Lexicon(boolean arabic) {
        this.arabic = arabic;
    }

    static Lexicon load(String language) {
        Lexicon lexicon = new Lexicon("ar".equals(language));
        String resource = "/suggestion/cues-" + language + ".txt";
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("No cues for language " + language);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String key = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.startsWith("[") && line.endsWith("]")) {
                    key = line.substring(1, line.length() - 1);
                } else if (!line.isEmpty() && !line.startsWith("#") && key != null) {
                    for (String entry : line.split(",")) {
                        lexicon.add(entry, key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void add(String entry, String key) {
        List<String> words = Token.of(entry).stream().map(Token::folded).toList();
        if (!words.isEmpty()) {
            phrases.put(String.join(" ", words), key);
            firstWords.add(words.get(0));
            maxWords = Math.max(maxWords, words.size());
        }
    }

    /** The longest cue starting at word {@code i}, or null. */
    Match match(List<Token> tokens, int i) {
        String word = tokens.get(i).folded();
        Match best = matchFrom(word, tokens, i);
        if (best != null || !arabic || word.length() < 4) {
            return best;
        }
        boolean conjunction = word.charAt(0) == 'و' || word.charAt(0) == 'ف';
        String base = conjunction ? word.substring(1) : word;
        if (conjunction && (best = matchFrom(base, tokens, i)) != null) {
            return best;
        }
        return base.length() > 3 ? matchPreposition(base, tokens, i) : null;
    }

    private Match matchPreposition(String word, List<Token> tokens, int i) {
        char first = word.charAt(0);
        if (first != 'ب' && first != 'ك' && first != 'ل') {
            return null;
        }
        Match match = matchFrom(word.substring(1), tokens, i);
        if (match == null && word.startsWith("لل")) {
            match = matchFrom("ال" + word.substring(2), tokens, i);
        }
        return match;
    }

    private Match matchFrom(String first, List<Token> tokens, int i) {
        if (!firstWords.contains(first)) {
            return null;
        }
        for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder(first);
            for (int k = 1; k < n; k++) {
                phrase.append(' ').append(tokens.get(i + k).folded());
            }
            String key = phrases.get(phrase.toString());
            if (key != null) {
                return new Match(key, n);
            }
        }
        return null;
    }
}
