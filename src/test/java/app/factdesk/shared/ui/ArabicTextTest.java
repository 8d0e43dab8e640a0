package app.factdesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Names, dates and numbers inside Arabic sentences (issue 10, ADR 020). */
class ArabicTextTest {

    private final TranslationProvider texts = new TranslationProvider();
    private static final String ARABIC_INDIC = ".*[\\u0660-\\u0669\\u06F0-\\u06F9].*";

    @Test
    void every_text_argument_of_an_arabic_sentence_is_bidi_isolated_and_english_is_untouched() {
        String when = Formats.dateTime(Instant.parse("2026-12-02T09:15:00Z"), TranslationProvider.ARABIC);
        String arabic = texts.getTranslation("verdicts.proposed-by", TranslationProvider.ARABIC, "Chadi Checker", when);
        assertThat(arabic).isEqualTo("اقترحه \u2068Chadi Checker\u2069، \u2068" + when + "\u2069");

        String english = texts.getTranslation("verdicts.proposed-by", TranslationProvider.ENGLISH, "Chadi Checker",
                Formats.dateTime(Instant.parse("2026-12-02T09:15:00Z"), TranslationProvider.ENGLISH));
        assertThat(english).isEqualTo("Proposed by Chadi Checker, Dec 2, 2026, 9:15 AM UTC");
    }

    @Test
    void arabic_uses_latin_digits_everywhere_in_sentences_dates_and_counts() {
        assertThat(texts.getTranslation("dashboard.ready-count", TranslationProvider.ARABIC, 1234))
                .startsWith("1,234").doesNotMatch(ARABIC_INDIC);
        assertThat(Formats.number(1234, TranslationProvider.ARABIC)).isEqualTo("1,234");
        String date = Formats.date(LocalDate.of(2026, 12, 2), TranslationProvider.ARABIC);
        assertThat(date).contains("2026").doesNotMatch(ARABIC_INDIC);
        String time = Formats.dateTime(Instant.parse("2026-12-02T09:15:00Z"), TranslationProvider.ARABIC);
        assertThat(time).contains("2026").endsWith(" UTC").doesNotMatch(ARABIC_INDIC);
        // One form per language: the date inside a date-time is the same as the date alone.
        assertThat(time).startsWith(date);
        assertThat(Formats.dateTime(Instant.parse("2026-12-02T09:15:00Z"), TranslationProvider.ENGLISH))
                .startsWith(Formats.date(LocalDate.of(2026, 12, 2), TranslationProvider.ENGLISH));
    }
}
