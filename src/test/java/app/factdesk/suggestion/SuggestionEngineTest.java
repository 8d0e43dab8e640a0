package app.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionEngineTest {

    private static final SuggestionEngine ENGINE = SuggestionEngine.withBundledModels();
    private final String article = ReferenceArticle.text();

    /** Example claims 1-8 of the fixtures README, each found by words of its sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"تمكن من التوصل إلى تفاهم بشأن استمرار الاتصالات", "تم التوصل إلى عدة تفاهمات",
            "في المستقبل القريب", "بحثت في موسكو الاتصالات المستقبلية مع بايدن", "استمراراً لقمة جنيف",
            "عدم قبول الوجود العسكري الأميركي في آسيا الوسطى", "دميتري كوزاك", "بناءة ومثمرة"})
    void scores_the_sentences_of_the_example_claims_above_the_default_threshold(String words) {
        List<Suggestion> sentences = ENGINE.suggest(article, null).stream()
                .filter(s -> s.text().contains(words)).toList();
        assertThat(sentences).isNotEmpty();
        assertThat(sentences).allSatisfy(s -> assertThat(s.score()).isGreaterThan(ENGINE.defaultThreshold("ar")));
    }

    @Test
    void returns_every_sentence_in_text_order_with_exact_offsets() {
        List<Suggestion> suggestions = ENGINE.suggest(article, "ar");
        assertThat(suggestions).extracting(Suggestion::start).isSorted();
        assertThat(suggestions).extracting(Suggestion::text)
                .containsExactlyElementsOf(SentenceSegmenter.segment(article, "ar").stream().map(Sentence::text).toList());
        suggestions.forEach(s -> assertThat(article.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void explains_a_score_with_the_reporting_verb_and_the_quotation() {
        Suggestion peskov = ENGINE.suggest(article, "ar").stream()
                .filter(s -> s.text().contains("تم التوصل إلى عدة تفاهمات")).findFirst().orElseThrow();
        assertThat(peskov.reasons()).contains(new Reason("reporting-verb", "وقال"));
        assertThat(peskov.reasons()).extracting(Reason::key).contains("quotation", "named-person");
    }

    @Test
    void explains_english_sentences_with_english_cues() {
        List<Suggestion> suggestions = ENGINE.suggest(
                "Prime Minister Jane Doe said unemployment fell to 4.2% in March. I love this song!", null);
        assertThat(suggestions).extracting(Suggestion::text).containsExactly(
                "Prime Minister Jane Doe said unemployment fell to 4.2% in March.", "I love this song!");
        assertThat(suggestions.get(0).reasons()).contains(new Reason("named-person", "Prime Minister Jane Doe"),
                new Reason("reporting-verb", "said"), new Reason("number", "4.2%"), new Reason("date", "March"));
        assertThat(suggestions.get(1).reasons()).isEmpty();
        assertThat(suggestions).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
    }

    @Test
    void suggests_nothing_for_empty_text() {
        assertThat(ENGINE.suggest("", "ar")).isEmpty();
        assertThat(ENGINE.suggest(null, null)).isEmpty();
        assertThat(ENGINE.suggest("  \n ", "en")).isEmpty();
    }

    @Test
    void detects_arabic_by_its_script() {
        assertThat(SuggestionEngine.detectLanguage(article)).isEqualTo("ar");
        assertThat(SuggestionEngine.detectLanguage("Biden met Putin in Geneva.")).isEqualTo("en");
    }
}
