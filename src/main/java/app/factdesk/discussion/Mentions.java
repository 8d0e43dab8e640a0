package app.factdesk.discussion;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in comment text. A mention starts at an {@code @} that does not follow a Latin
 * letter, digit or username sign (so e-mail addresses are not mentions) and takes the username characters after it.
 * Arabic text may touch it on either side (usernames are Latin, so {@code مع@omar} is a mention), and punctuation
 * such as «،» ends it.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._-])@([A-Za-z0-9._-]{3,64})");

    private Mentions() {
    }

    /** The mentioned usernames, lower-cased, in order of first appearance, without a trailing dot or dash. */
    static Set<String> usernames(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (name.length() >= 3) {
                found.add(name);
            }
        }
        return found;
    }
}
