package app.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final String article = ReferenceArticle.text();

    @Test
    void every_sentence_of_the_reference_article_is_the_exact_substring_at_its_offsets() {
        List<Sentence> sentences = SentenceSegmenter.segment(article, "ar");
        assertThat(sentences).hasSize(11);
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertThat(article.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isEqualTo(s.text().strip()).doesNotContain("\n").doesNotStartWith("\u00A0");
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.end();
        }
    }

    @Test
    void the_headline_and_the_credit_line_paragraph_are_sentences_of_their_own() {
        List<Sentence> sentences = SentenceSegmenter.segment(article, "ar");
        assertThat(sentences.get(0).text()).isEqualTo(
                "الكرملين: موسكو وواشنطن توصلتا إلى تفاهم بشأن اتصالات جديدة بين بوتين وبايدن");
        assertThat(sentences.get(1).text()).startsWith("(پاکستان پوائنٹ نیوز").endsWith("إلى موسكو.");
    }

    @Test
    void splits_at_the_arabic_question_mark_but_not_at_the_arabic_comma_or_semicolon() {
        String text = "هل التقى الوزير نظيره؟ نعم، التقاه أمس؛ وأعلن ذلك رسمياً.";
        assertThat(SentenceSegmenter.segment(text, "ar")).extracting(Sentence::text)
                .containsExactly("هل التقى الوزير نظيره؟", "نعم، التقاه أمس؛ وأعلن ذلك رسمياً.");
    }

    @Test
    void keeps_offsets_exact_around_no_break_spaces_and_diacritics() {
        String text = "\u00A0 أعُلن عن لقاء.\u00A0 في موسكو جرى الاجتماع. ";
        List<Sentence> sentences = SentenceSegmenter.segment(text, "ar");
        assertThat(sentences).extracting(Sentence::text).containsExactly("أعُلن عن لقاء.", "في موسكو جرى الاجتماع.");
        assertThat(sentences.get(0).start()).isEqualTo(2);
        sentences.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void splits_english_sentences_without_breaking_after_titles() {
        String text = "Mr. Smith said the rate rose 4%. Did it? Yes!\nHeadline without a stop";
        assertThat(SentenceSegmenter.segment(text, "en")).extracting(Sentence::text)
                .containsExactly("Mr. Smith said the rate rose 4%.", "Did it?", "Yes!", "Headline without a stop");
    }

    @Test
    void hard_wrapped_text_segments_as_the_same_text_unwrapped() {
        StringBuilder wrapped = new StringBuilder();
        int column = 0;
        for (int i = 0; i < article.length(); i++) {
            char c = article.charAt(i);
            boolean blankLineNear = c == '\n' || (i + 1 < article.length() && article.charAt(i + 1) == '\n');
            if (c == ' ' && column > 60 && !blankLineNear) {
                wrapped.append(i % 2 == 0 ? "\n" : "\r\n");
                column = 0;
                continue;
            }
            wrapped.append(c);
            column = c == '\n' ? 0 : column + 1;
        }
        String text = wrapped.toString();
        assertThat(text).isNotEqualTo(article);
        List<Sentence> unwrapped = SentenceSegmenter.segment(article, "ar");
        List<Sentence> sentences = SentenceSegmenter.segment(text, "ar");
        assertThat(sentences).extracting(s -> s.text().replaceAll("\r?\n", " "))
                .containsExactlyElementsOf(unwrapped.stream().map(Sentence::text).toList());
        sentences.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void finds_no_sentence_in_empty_or_blank_text() {
        assertThat(SentenceSegmenter.segment("", "ar")).isEmpty();
        assertThat(SentenceSegmenter.segment(null, "en")).isEmpty();
        assertThat(SentenceSegmenter.segment(" \n\u00A0\n ", "ar")).isEmpty();
    }
}
