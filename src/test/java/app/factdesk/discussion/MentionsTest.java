package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void mentions_are_found_in_english_text_in_order_without_duplicates() {
        assertThat(Mentions.usernames("@fatima please check, then @omar.k and @fatima again"))
                .containsExactly("fatima", "omar.k");
    }

    @Test
    void mentions_are_found_between_arabic_words_and_arabic_punctuation() {
        assertThat(Mentions.usernames("يا @fatima، راجعي تصريح بيسكوف مع@omar ثم أخبري @elias.")).containsExactly(
                "fatima", "omar", "elias");
        assertThat(Mentions.usernames("«@checker» هل وجدت النص؟")).containsExactly("checker");
    }

    @Test
    void email_addresses_short_names_and_bare_signs_are_not_mentions() {
        assertThat(Mentions.usernames("write to press@kremlin.ru or @ab or @ alone")).isEmpty();
        assertThat(Mentions.usernames(null)).isEmpty();
    }

    @Test
    void mentions_are_lower_cased_and_lose_trailing_punctuation() {
        assertThat(Mentions.usernames("Thanks @Editor-. and @the_checker_")).containsExactly("editor", "the_checker");
    }
}
