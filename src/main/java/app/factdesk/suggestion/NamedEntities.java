package app.factdesk.suggestion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of people a short text carries, folded, for telling apart two claims that differ only in who: in
 * Latin script every capitalised word but common sentence starters ({@code Nuland}, {@code Psaki}, {@code Moscow});
 * in Arabic the name after a title ({@code المتحدثة باسم البيت الأبيض جين بساكي}: جين, بساكي).
 */
public final class NamedEntities {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
    /** Function words that start sentences capitalised but name nobody. */
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "there", "their",
            "after", "before", "according", "since", "only", "just", "last", "all", "some", "most", "many", "more",
            "less", "for", "from", "with", "without", "when", "while", "where", "what", "who", "why", "how", "and",
            "but", "not", "his", "her", "its", "our", "they", "she", "you", "one", "two", "three");
    private static final RuleFeatures ARABIC = new RuleFeatures("ar");

    private NamedEntities() {
    }

    /**
     * True when both texts name someone the other does not mention at all (a name is mentioned when a word of the
     * other text starts with it, ends with it or is its start: Egypt/Egyptian, بايدن/وبايدن): "Nuland" against
     * "Psaki". A capitalised common word ("Inflation") is mentioned by the other text in lower case and so does
     * not count.
     */
    public static boolean differ(String a, String b) {
        return unmentioned(names(a), b) && unmentioned(names(b), a);
    }

    private static boolean unmentioned(Set<String> names, String other) {
        if (names.isEmpty()) {
            return false;
        }
        List<String> words = Token.of(other).stream().map(Token::folded).toList();
        for (String name : names) {
            boolean mentioned = words.stream().anyMatch(w -> w.startsWith(name) || w.endsWith(name)
                    || (w.length() >= 4 && name.startsWith(w)));
            if (!mentioned) {
                return true;
            }
        }
        return false;
    }

    public static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = TextFolding.fold(m.group());
            if (!NOT_NAMES.contains(word)) {
                names.add(word);
            }
        }
        if (!"ar".equals(Languages.detect(text))) {
            return names;
        }
        for (Reason reason : ARABIC.detect(text)) {
            if (reason.key().equals("named-person")) {
                Token.of(reason.detail()).forEach(t -> names.add(t.folded()));
            }
        }
        return names;
    }
}
