package app.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelTextTest {

    @Test
    void light_stemming_strips_the_conjunction_article_and_one_suffix_of_arabic_words_only() {
        String text = ModelText.normalise("والكتاب المعلمون للصحة بالمستشفيات لقاح covid vaccines");
        assertThat(ModelText.lightStem(text)).isEqualTo("كتاب معلم صح مستشفي لقاح covid vaccines");
    }

    @Test
    void light_stemming_keeps_two_letters_at_least() {
        assertThat(ModelText.lightStem("ال وال هي")).isEqualTo("ال وال هي");
    }

    @Test
    void the_stemmed_settings_change_the_word_grams_only() {
        HashedFeatures.Settings stemmed = new HashedFeatures.Settings(2, 5, false, 2, false, true);
        HashedFeatures.Settings charsOnly = new HashedFeatures.Settings(2, 5, false, 0, false, false);
        HashedFeatures.Settings stemmedCharsOnly = new HashedFeatures.Settings(2, 5, false, 0, false, true);
        String text = ModelText.normalise("والكتاب المعلمون");
        assertThat(HashedFeatures.of(text, null, stemmedCharsOnly).index())
                .isEqualTo(HashedFeatures.of(text, null, charsOnly).index());
        assertThat(HashedFeatures.of(text, null, stemmed).index())
                .isNotEqualTo(HashedFeatures.of(text, null, HashedFeatures.Settings.DEFAULT).index());
        assertThat(HashedFeatures.of(text, null, HashedFeatures.Settings.DEFAULT).index())
                .isEqualTo(HashedFeatures.of(text, null).index());
    }
}
