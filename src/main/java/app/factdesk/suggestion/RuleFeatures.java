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
            if (found[NUMBER] == null && isQuantity(sentence, token)) {
                found[NUMBER] = reason(NUMBER, sentence, token.start(), numberEnd(sentence, tokens, i));
            }
            Lexicon.Match match = lexicon.match(tokens, i);
            int last = i + (match == null ? 0 : match.words() - 1);
            if (match != null && KEYS.contains(match.key())) {
                int key = KEYS.indexOf(match.key());
                if (found[key] == null && key == NAMED_PERSON) {
                    found[key] = nameAfterTitle(sentence, tokens, last);
                } else if (found[key] == null) {
                    found[key] = reason(key, sentence, token.start(), tokens.get(last).end());
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

    /**
     * The name after a title, without the title: in English the capitalised words right after it; in Arabic the
     * first two words within a few words after it that are not definite ({@code ال}), not a function word and not
     * a title themselves ({@code المتحدث الرسمي باسم الرئاسة الروسية، دميتري بيسكوف}: دميتري بيسكوف). Null when
     * no name follows.
     */
    private Reason nameAfterTitle(String sentence, List<Token> tokens, int last) {
        if (english) {
            int end = last;
            while (end + 1 < tokens.size() && end - last < 3 && onlySpaceBetween(sentence, tokens, end)
                    && isCapitalised(sentence, tokens.get(end + 1))) {
                end++;
            }
            return end == last ? null : reason(NAMED_PERSON, sentence, tokens.get(last + 1).start(),
                    tokens.get(end).end());
        }
        for (int i = last + 1; i < tokens.size() && i <= last + 6; i++) {
            if (sentence.substring(tokens.get(i - 1).end(), tokens.get(i).start()).matches(".*[.:؟?!\"«»].*")) {
                return null;
            }
            if (isArabicName(tokens, i)) {
                int end = i + 1 < tokens.size() && onlySpaceBetween(sentence, tokens, i) && isArabicName(tokens, i + 1)
                        ? i + 1 : i;
                return reason(NAMED_PERSON, sentence, tokens.get(i).start(), tokens.get(end).end());
            }
        }
        return null;
    }

    private boolean isArabicName(List<Token> tokens, int i) {
        String word = tokens.get(i).folded();
        if (word.length() < 3 || word.indexOf('0') >= 0 || FUNCTION_WORDS.contains(word)
                || word.startsWith("ال") || word.startsWith("لل") || word.matches("^[وفبك]ال.*")) {
            return false;
        }
        Lexicon.Match match = lexicon.match(tokens, i);
        return match == null || !"named-person".equals(match.key()) && !"institution".equals(match.key())
                && !"reporting-verb".equals(match.key()) && !"date".equals(match.key());
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.stream.Stream.of("في", "من", "عن",
                    "على", "إلى", "مع", "باسم", "بين", "خلال", "لدى", "أن", "إن", "قد", "لقد", "كان", "كانت", "التي",
                    "الذي", "أو", "حول", "بعد", "قبل", "عند", "هذا", "هذه", "ذلك", "تلك", "لم", "لن", "ما", "لا",
                    "كما", "حيث", "وقد", "بأن", "وأن", "أنه", "إنه", "منذ", "ضد", "عبر", "دون", "نحو", "لها", "له",
                    "فيما", "بشأن", "وفي", "ومن", "وعلى", "بعض", "كل", "جميع", "غير", "أمام", "للشؤون", "لشؤون")
            .map(TextFolding::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A quantity: digits standing as a number ({@code 2021}, {@code 4.2}, {@code ٧٫٥}, with at most two letters
     * glued after them: {@code 2021ء}, {@code 5m}, {@code 1990s}), never a code with letters before or between
     * its digits ({@code blP6PGl9zX}) nor the digits of a name such as {@code COVID-19}.
     */
    private static boolean isQuantity(String sentence, Token token) {
        String word = token.folded();
        int digits = 0;
        while (digits < word.length() && word.charAt(digits) == '0') {
            digits++;
        }
        if (digits == 0 || word.length() - digits > 2) {
            return false;
        }
        for (int k = digits; k < word.length(); k++) {
            if (!Character.isLetter(word.charAt(k))) {
                return false;
            }
        }
        int before = token.start() - 1;
        return before < 1 || sentence.charAt(before) != '-' || !Character.isLetter(sentence.charAt(before - 1));
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
