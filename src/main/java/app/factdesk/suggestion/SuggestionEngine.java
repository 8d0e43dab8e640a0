package app.factdesk.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim suggestions without Spring: segments a text and scores every sentence with the bundled model of its
 * language; in a text of several sentences (an article) each score also gets the news prior of the sentence's cues
 * ({@link CheckWorthinessScorer#NEWS_PRIOR}). The rule for what is suggested: a sentence whose score reaches the language's threshold (best F1 on
 * the dev tweets) <em>and</em> ranks within the text's top share (half of its sentences, at least one); in a report
 * of four sentences or more the lead (its first complete sentence, after the headline) takes the first place of
 * that share. A leading dateline in brackets is not part of the unit. In a long
 * sentence that reports speech ({@code قال بيسكوف: "…"}) the unit proposed is the reported statement, its exact
 * span. Languages without a model are segmented but not scored. Thread-safe.
 */
public final class SuggestionEngine {

    /** Longer sentences that report a quoted statement propose the statement alone. */
    static final int CLAUSE_FROM = 160;
    private static final Pattern REPORTED = Pattern.compile("[:：]\\s*([\"«»“”„])");
    private static final int DATELINE_MAX = 100;
    /** From this many sentences a text is read as a news report with a lead. */
    static final int LEAD_FROM = 4;
    private static final String CLOSING = "\"«»“”„";

    private final Map<String, CheckWorthinessScorer> scorers;
    private final Map<String, RuleFeatures> verbs = new HashMap<>();

    SuggestionEngine(Map<String, CheckWorthinessScorer> scorers) {
        this.scorers = Map.copyOf(scorers);
        scorers.keySet().forEach(language -> verbs.put(language, new RuleFeatures(language)));
    }

    /** The engine with every model bundled on the classpath (Arabic and English). */
    public static SuggestionEngine withBundledModels() {
        Map<String, CheckWorthinessScorer> scorers = new HashMap<>();
        for (String language : List.of("ar", "en")) {
            CheckWorthinessScorer scorer = CheckWorthinessScorer.bundled(language);
            if (scorer != null) {
                scorers.put(language, scorer);
            }
        }
        return new SuggestionEngine(scorers);
    }

    /** The languages with a model. */
    public Set<String> languages() {
        return scorers.keySet();
    }

    /** True when {@code language} (or the language detected from {@code text} when null) has a model. */
    public boolean hasModel(String language, String text) {
        return scorers.containsKey(Languages.resolve(language, text));
    }

    /**
     * Every sentence (or reported statement) of {@code text}, in text order, with its score, reasons and whether
     * it is suggested. {@code language} is an ISO code or null to detect it from the script. Empty for a language
     * without a model.
     */
    public List<Suggestion> suggest(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lang = Languages.resolve(language, text);
        CheckWorthinessScorer scorer = scorers.get(lang);
        if (scorer == null) {
            return List.of();
        }
        List<Sentence> sentences = SentenceSegmenter.segment(text, lang);
        boolean article = sentences.size() > 1;
        List<Suggestion> scored = new ArrayList<>();
        for (Sentence sentence : sentences) {
            scored.add(clause(scorer.score(withoutDateline(sentence), article), verbs.get(lang)));
        }
        int share = Math.max(1, (int) Math.floor(scored.size() * scorer.articleShare()));
        int lead = article && scored.size() >= LEAD_FROM ? lead(scored) : -1;
        java.util.Set<Suggestion> chosen = new java.util.HashSet<>();
        if (lead >= 0 && scored.get(lead).score() >= scorer.threshold()) {
            chosen.add(scored.get(lead));
        }
        scored.stream().sorted(Comparator.comparingDouble(Suggestion::score).reversed())
                .filter(s -> s.score() >= scorer.threshold()).filter(s -> !chosen.contains(s))
                .limit(share - chosen.size()).forEach(chosen::add);
        return scored.stream().map(s -> s.withSuggested(chosen.contains(s))).toList();
    }

    /**
     * The lead of a news report: its first sentence that ends like a sentence (the headline above it does not).
     * In the inverted pyramid of news writing it carries the story's main claim, so it is suggested first.
     */
    private static int lead(List<Suggestion> units) {
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text().strip();
            if (!text.isEmpty() && ".!?؟…\"»”".indexOf(text.charAt(text.length() - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sentence without a leading dateline or credit in brackets ({@code (Sputnik - 14 October 2021) The
     * spokesman announced …}): the credit is not part of any claim, and its date would count as a number.
     */
    static Sentence withoutDateline(Sentence sentence) {
        String text = sentence.text();
        if (text.isEmpty() || text.charAt(0) != '(') {
            return sentence;
        }
        int close = text.indexOf(')');
        if (close < 0 || close > DATELINE_MAX) {
            return sentence;
        }
        int from = close + 1;
        while (from < text.length() && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        if (text.length() - from < 20) {
            return sentence;
        }
        return new Sentence(sentence.start() + from, sentence.end(), text.substring(from));
    }

    /** The reported statement of a long sentence ({@code … قال: "statement"}), or the sentence as it is. */
    static Suggestion clause(Suggestion sentence, RuleFeatures rules) {
        String text = sentence.text();
        if (text.length() < CLAUSE_FROM) {
            return sentence;
        }
        Matcher colon = REPORTED.matcher(text);
        if (!colon.find() || rules.detect(text.substring(0, colon.start())).stream()
                .noneMatch(r -> r.key().equals("reporting-verb"))) {
            return sentence;
        }
        int from = colon.end();
        int to = from;
        while (to < text.length() && CLOSING.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (text.substring(from, to).split("\\s+").length < 4) {
            return sentence;
        }
        return sentence.withSpan(sentence.start() + from, sentence.start() + to, text.substring(from, to));
    }

    /** The score from which a sentence of {@code language} may be suggested; 1 where there is no model. */
    public double defaultThreshold(String language) {
        CheckWorthinessScorer scorer = scorers.get(Languages.resolve(language, ""));
        return scorer == null ? 1 : scorer.threshold();
    }

    /** "ar" when the text is mostly Arabic script, else "en". */
    public static String detectLanguage(String text) {
        return Languages.detect(text == null ? "" : text);
    }
}
