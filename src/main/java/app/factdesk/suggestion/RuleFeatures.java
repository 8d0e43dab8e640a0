package app.factdesk.suggestion;

import java.util.ArrayList;
import java.util.List;

/**
 * The transparent cues of one language: which reason keys a sentence triggers, each with the first words that
 * triggered it. A title is taken with the words after it as the person's name ({@code الرئيس فلاديمير بوتين}); in
 * English a run of two or more capitalised words inside the sentence also counts as a name.
 */
final class RuleFeatures {

    static final List<String> KEYS = List.of("number", "date", "named-person", "reporting-verb", "quotation",
            "comparison", "institution");
    static final int NAMED_PERSON = KEYS.indexOf("named-person");
    private static final int NUMBER = KEYS.indexOf("number");
    private static final int QUOTATION = KEYS.indexOf("quotation");
    private static final int MAX_DETAIL = 60;

    private final Lexicon lexicon;
    private final boolean english;

    RuleFeatures(String language) {
        this.lexicon = Lexicon.load(language);
        this.english = "en".equals(language);
    }

    /** One reason per triggered key at most, in the order of {@link #KEYS}. */
    List<Reason> detect(String sentence) {
        Reason[] found = new Reason[KEYS.size()];
        List<Token> tokens = Token.of(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (found[NUMBER] == null && token.hasDigit()) {
                found[NUMBER] = reason(NUMBER, sentence, token.start(), numberEnd(sentence, tokens, i));
            }
            Lexicon.Match match = lexicon.match(tokens, i);
            int last = i + (match == null ? 0 : match.words() - 1);
            if (match != null && KEYS.contains(match.key())) {
                int key = KEYS.indexOf(match.key());
                int end = key == NAMED_PERSON ? nameEnd(sentence, tokens, last) : tokens.get(last).end();
                if (found[key] == null) {
                    found[key] = reason(key, sentence, token.start(), end);
                }
            } else if (match == null && english && i > 0 && found[NAMED_PERSON] == null) {
                int end = capitalisedRun(sentence, tokens, i);
                if (end > i) {
                    found[NAMED_PERSON] = reason(NAMED_PERSON, sentence, token.start(), tokens.get(end).end());
                }
            }
            i = last;
        }
        found[QUOTATION] = Quotations.first(sentence).map(q -> new Reason("quotation", clip(q))).orElse(null);
        List<Reason> reasons = new ArrayList<>();
        for (Reason reason : found) {
            if (reason != null) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    /** The end of a title and the name after it: up to two following words (English: capitalised words). */
    private int nameEnd(String sentence, List<Token> tokens, int last) {
        int end = last;
        while (end + 1 < tokens.size() && end - last < 2 && onlySpaceBetween(sentence, tokens, end)
                && (!english || isCapitalised(sentence, tokens.get(end + 1)))) {
            end++;
        }
        return tokens.get(end).end();
    }

    private int capitalisedRun(String sentence, List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && isCapitalised(sentence, tokens.get(end))
                && (end == i || onlySpaceBetween(sentence, tokens, end - 1))) {
            end++;
        }
        return end - i >= 2 ? end - 1 : i;
    }

    private static boolean isCapitalised(String sentence, Token token) {
        return token.end() - token.start() > 1 && Character.isUpperCase(sentence.charAt(token.start()))
                && Character.isLowerCase(sentence.charAt(token.start() + 1));
    }

    private static boolean onlySpaceBetween(String sentence, List<Token> tokens, int i) {
        return sentence.substring(tokens.get(i).end(), tokens.get(i + 1).start()).isBlank();
    }

    /** The end of a number: across decimal and thousands separators ({@code 4,000}, {@code ٧٫٥}), with a percent. */
    private static int numberEnd(String sentence, List<Token> tokens, int i) {
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).hasDigit()
                && tokens.get(last + 1).start() - tokens.get(last).end() == 1
                && ".,٫٬".indexOf(sentence.charAt(tokens.get(last).end())) >= 0) {
            last++;
        }
        return withPercent(sentence, tokens.get(last).end());
    }

    private static int withPercent(String sentence, int end) {
        int at = end < sentence.length() && sentence.charAt(end) == ' ' ? end + 1 : end;
        return at < sentence.length() && (sentence.charAt(at) == '%' || sentence.charAt(at) == '٪') ? at + 1 : end;
    }

    private static Reason reason(int key, String sentence, int start, int end) {
        return new Reason(KEYS.get(key), clip(sentence.substring(start, end)));
    }

    private static String clip(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }
}
