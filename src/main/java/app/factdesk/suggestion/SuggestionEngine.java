package app.factdesk.suggestion;

import java.util.List;
import java.util.Map;

/**
 * Claim suggestions without Spring: segments a text and scores every sentence with the bundled model of its
 * language. What {@link ClaimSuggester} delegates to; tests and benchmarks use it directly. Thread-safe.
 */
public final class SuggestionEngine {

    private final Map<String, CheckWorthinessScorer> scorers;

    SuggestionEngine(Map<String, CheckWorthinessScorer> scorers) {
        this.scorers = Map.copyOf(scorers);
    }

    /** The engine with the Arabic and English models bundled on the classpath. */
    public static SuggestionEngine withBundledModels() {
        return new SuggestionEngine(Map.of("ar", CheckWorthinessScorer.bundled("ar"),
                "en", CheckWorthinessScorer.bundled("en")));
    }

    /**
     * Every sentence of {@code text}, in text order, with its score and reasons. {@code language} is "ar", "en"
     * or null to detect it from the script. Compare scores with {@link #defaultThreshold(String)} to pick the
     * sentences worth suggesting.
     */
    public List<Suggestion> suggest(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lang = Languages.resolve(language, text);
        CheckWorthinessScorer scorer = scorers.get(lang);
        return SentenceSegmenter.segment(text, lang).stream().map(scorer::score).toList();
    }

    /** The score from which a sentence of {@code language} ("ar" or "en") is suggested by default. */
    public double defaultThreshold(String language) {
        return scorers.get(Languages.resolve(language, "")).threshold();
    }

    /** "ar" when the text is mostly Arabic script, else "en". */
    public static String detectLanguage(String text) {
        return Languages.detect(text == null ? "" : text);
    }
}
