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
    void the_stemmed_settings_take_the_n_grams_of_the_stemmed_text() {
        HashedFeatures.Settings stemmed = new HashedFeatures.Settings(2, 5, false, 2, false, true);
        String text = ModelText.normalise("والكتاب المعلمون");
        assertThat(HashedFeatures.of(text, null, stemmed).index())
                .isEqualTo(HashedFeatures.of(ModelText.lightStem(text), null).index());
        assertThat(HashedFeatures.of(text, null, stemmed).index())
                .isNotEqualTo(HashedFeatures.of(text, null, HashedFeatures.Settings.DEFAULT).index());
        assertThat(HashedFeatures.of(text, null, HashedFeatures.Settings.DEFAULT).index())
                .isEqualTo(HashedFeatures.of(text, null).index());
    }
}
