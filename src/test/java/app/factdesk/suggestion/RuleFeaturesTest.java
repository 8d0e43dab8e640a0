package app.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleFeaturesTest {

    private final RuleFeatures arabic = new RuleFeatures("ar");

    @Test
    void finds_reporting_verbs_behind_the_conjunction_prefixes() {
        assertThat(arabic.detect("فأكد الوزير ذلك")).contains(new Reason("reporting-verb", "فأكد"));
        assertThat(arabic.detect("وقال بيسكوف")).contains(new Reason("reporting-verb", "وقال"));
    }

    @Test
    void ignores_diacritics_when_matching_but_reports_the_words_as_written() {
        assertThat(arabic.detect("حيث أعُلن عن لقاءات")).contains(new Reason("reporting-verb", "أعُلن"));
    }

    @Test
    void takes_a_title_with_the_name_after_it() {
        assertThat(arabic.detect("قال الرئيس فلاديمير بوتين، إن"))
                .contains(new Reason("named-person", "الرئيس فلاديمير بوتين"));
    }

    @Test
    void finds_institutions_behind_prepositions_and_quotations_in_guillemets() {
        assertThat(arabic.detect("قال مسؤول للبيت الأبيض «لن نتراجع»"))
                .contains(new Reason("institution", "للبيت الأبيض"), new Reason("quotation", "لن نتراجع"));
    }

    @Test
    void reads_arabic_indic_digits_and_the_arabic_percent_sign_as_numbers() {
        assertThat(arabic.detect("ارتفع التضخم إلى ٧٫٥ ٪ هذا العام"))
                .contains(new Reason("number", "٧٫٥ ٪"), new Reason("comparison", "ارتفع"));
    }

    @Test
    void finds_no_cue_in_small_talk() {
        assertThat(new RuleFeatures("en").detect("Good morning everyone, have a nice day.")).isEmpty();
    }
}
