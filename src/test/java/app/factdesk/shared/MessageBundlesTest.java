package app.factdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_arabic_bundles_have_the_same_keys() throws IOException {
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> arabic = new TreeSet<>(load("ar").stringPropertyNames());
        assertThat(english).isNotEmpty();
        assertThat(difference(english, arabic)).as("keys only in messages_en").isEmpty();
        assertThat(difference(arabic, english)).as("keys only in messages_ar").isEmpty();
    }

    @Test
    void arabic_bundle_is_written_in_arabic_script() throws IOException {
        Properties arabic = load("ar");
        Set<String> untranslated = new TreeSet<>();
        for (String key : arabic.stringPropertyNames()) {
            if (arabic.getProperty(key).codePoints()
                    .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Arabic values with no Arabic letter").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a lone apostrophe starts a quoted
     * run and swallows the rest ("the authority's address" became "the authoritys address."): write ’ instead.
     */
    @Test
    void messages_with_arguments_have_no_apostrophe_that_message_format_would_swallow() throws IOException {
        for (String language : java.util.List.of("en", "ar")) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    org.assertj.core.api.Assertions.assertThat(text.replace("''", "")).as(language + " " + key)
                            .doesNotContain("'");
                }
            }
        }
    }
}
