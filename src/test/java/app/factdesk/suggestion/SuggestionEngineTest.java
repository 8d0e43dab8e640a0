package app.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionEngineTest {

    private static final SuggestionEngine ENGINE = SuggestionEngine.withBundledModels();
    private final String article = ReferenceArticle.text();

    /** Example claims 1-3 of the fixtures README, each found by words of its sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"تمكن من التوصل إلى تفاهم بشأن استمرار الاتصالات", "تم التوصل إلى عدة تفاهمات",
            "هناك تفاهم بشأن آفاق استمرار الحوار"})
    void suggests_the_sentences_of_example_claims_1_to_3(String words) {
        assertThat(ENGINE.suggest(article, null)).filteredOn(s -> s.text().contains(words))
                .singleElement().satisfies(s -> assertThat(s.suggested()).isTrue());
    }

    @Test
    void suggests_at_most_half_of_the_reference_article() {
        List<Suggestion> all = ENGINE.suggest(article, "ar");
        assertThat(all).hasSize(11);
        assertThat(all.stream().filter(Suggestion::suggested).count()).isBetween(3L, 5L);
        assertThat(all).filteredOn(Suggestion::suggested)
                .allSatisfy(s -> assertThat(s.score()).isGreaterThanOrEqualTo(ENGINE.defaultThreshold("ar")));
    }

    @Test
    void proposes_the_reported_statement_of_a_long_sentence_with_its_exact_span() {
        Suggestion peskov = ENGINE.suggest(article, "ar").stream()
                .filter(s -> s.text().contains("تم التوصل إلى عدة تفاهمات")).findFirst().orElseThrow();
        assertThat(peskov.text()).startsWith("لقد دار الحديث").endsWith("في الوقت المناسب");
        assertThat(article.substring(peskov.start(), peskov.end())).isEqualTo(peskov.text());
        assertThat(article.substring(peskov.start() - 30, peskov.start())).endsWith("وقال بيسكوف، للصحفيين: \"");
    }

    @Test
    void leaves_the_dateline_out_of_the_lead() {
        Suggestion lead = ENGINE.suggest(article, "ar").get(1);
        assertThat(lead.text()).startsWith("أعلن المتحدث الرسمي");
        assertThat(article.substring(lead.start(), lead.end())).isEqualTo(lead.text());
    }

    @Test
    void returns_every_sentence_in_text_order_with_exact_offsets() {
        List<Suggestion> suggestions = ENGINE.suggest(article, "ar");
        assertThat(suggestions).extracting(Suggestion::start).isSorted();
        assertThat(suggestions).hasSameSizeAs(SentenceSegmenter.segment(article, "ar"));
        suggestions.forEach(s -> assertThat(article.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void shows_only_reasons_whose_lift_on_dev_is_above_one() {
        CheckWorthinessModel arabic = CheckWorthinessModel.bundled("ar").model();
        ENGINE.suggest(article, "ar").forEach(s -> assertThat(s.reasons())
                .allSatisfy(r -> assertThat(arabic.reasonLift().get(r.key())).isGreaterThan(1.0)));
        assertThat(arabic.reasonLift()).containsKeys("quotation", "number", "date");
    }

    @Test
    void a_tweet_scores_the_same_with_or_without_its_link_mention_and_hash() {
        String bare = "The vaccine causes infertility in 40% of women, says health ministry covid";
        double plain = ENGINE.suggest(bare, "en").get(0).score();
        double noisy = ENGINE.suggest("The vaccine causes infertility in 40% of women, says @health ministry "
                + "#covid https://t.co/blP6PGl9zX", "en").get(0).score();
        assertThat(noisy).isCloseTo(ENGINE.suggest(bare.replace("says health", "says atuser") + " httpurl", "en")
                .get(0).score(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(plain).isBetween(0.0, 1.0);
    }

    @Test
    void explains_english_sentences_with_english_cues() {
        List<Suggestion> suggestions = ENGINE.suggest(
                "Prime Minister Jane Doe said unemployment fell to 4.2% in March. I love this song!", null);
        assertThat(suggestions).extracting(Suggestion::text).containsExactly(
                "Prime Minister Jane Doe said unemployment fell to 4.2% in March.", "I love this song!");
        assertThat(suggestions.get(0).reasons()).contains(new Reason("reporting-verb", "said"));
        assertThat(suggestions.get(0).reasons()).extracting(Reason::key).doesNotContain("date", "number");
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
