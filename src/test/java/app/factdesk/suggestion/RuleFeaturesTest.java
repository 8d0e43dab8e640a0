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
    void shows_the_name_after_a_title_not_the_title() {
        assertThat(arabic.detect("قال الرئيس فلاديمير بوتين، إن"))
                .contains(new Reason("named-person", "فلاديمير بوتين"));
        assertThat(arabic.detect("أعلن المتحدث الرسمي باسم الرئاسة الروسية، دميتري بيسكوف، اليوم"))
                .contains(new Reason("named-person", "دميتري بيسكوف"));
        assertThat(new RuleFeatures("en").detect("Prime Minister Jane Doe said so."))
                .contains(new Reason("named-person", "Jane Doe"));
    }

    @Test
    void a_title_without_a_name_is_no_named_person() {
        assertThat(arabic.detect("قال المتحدث الرسمي باسم الوزارة إن")).extracting(Reason::key)
                .doesNotContain("named-person");
        assertThat(new RuleFeatures("en").detect("The minister said so.")).extracting(Reason::key)
                .doesNotContain("named-person");
    }

    @Test
    void a_number_is_a_quantity_never_a_link_code_or_a_name() {
        RuleFeatures english = new RuleFeatures("en");
        assertThat(english.detect("Read it here https://t.co/blP6PGl9zX")).extracting(Reason::key)
                .doesNotContain("number");
        assertThat(english.detect("COVID-19 is here")).extracting(Reason::key).doesNotContain("number");
        assertThat(english.detect("Cases rose by 12% to 4,000")).contains(new Reason("number", "12%"));
        assertThat(arabic.detect("في 14 اكتوبر 2021ء")).contains(new Reason("number", "14"));
        assertThat(english.detect("Two million people")).contains(new Reason("number", "Two"));
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
