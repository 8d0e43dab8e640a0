package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionsTest {

    @Test
    void an_arabic_name_is_sent_as_utf8_filename_star_with_an_ascii_fallback() {
        assertThat(ContentDispositions.attachment("بيان.pdf"))
                .isEqualTo("attachment; filename=\"____.pdf\"; filename*=UTF-8''%D8%A8%D9%8A%D8%A7%D9%86.pdf");
    }

    @Test
    void quotes_and_semicolons_cannot_end_the_parameter() {
        String header = ContentDispositions.attachment("a\"; filename=evil.html");
        assertThat(header).startsWith("attachment; filename=\"a__ filename=evil.html\"; filename*=UTF-8''a%22%3B%20");
    }
}
