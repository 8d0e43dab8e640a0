package app.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_text_file_is_taken_as_it_is() {
        ArticleFiles.Extracted file = ArticleFiles.extract("news.txt", utf8("عنوان\n\nقال بيسكوف\u00a0 في موسكو"));
        assertThat(file.body()).isEqualTo("عنوان\n\nقال بيسكوف\u00a0 في موسكو");
        assertThat(file.title()).isNull();
    }

    @Test
    void html_becomes_text_with_paragraph_breaks_and_no_scripts_or_styles() {
        String html = "<!doctype html><html><head><title>Kremlin</title><style>p{color:red}</style></head><body>"
                + "<h1>Headline</h1><p>First <b>paragraph</b>.</p><script>alert('x')</script><p>Second.</p></body></html>";
        ArticleFiles.Extracted file = ArticleFiles.extract("page.html", utf8(html));
        assertThat(file.title()).isEqualTo("Kremlin");
        assertThat(file.body()).isEqualTo("Headline\n\nFirst paragraph.\n\nSecond.");
    }

    @Test
    void invalid_utf8_is_refused_whatever_the_name_says() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleFiles.extract("article.txt", latin1)).hasMessage("article.file-not-utf8");
    }

    @Test
    void binary_content_named_txt_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> ArticleFiles.extract("photo.txt", png)).hasMessageStartingWith("article.file-not");
        assertThatThrownBy(() -> ArticleFiles.extract("control.txt", utf8("text\u0000more")))
                .hasMessage("article.file-not-text");
    }

    @Test
    void other_extensions_and_oversized_files_are_refused() {
        assertThatThrownBy(() -> ArticleFiles.extract("tool.exe", utf8("hello"))).hasMessage("article.file-type");
        assertThatThrownBy(() -> ArticleFiles.extract("big.txt", new byte[ArticleFiles.MAX_BYTES + 1]))
                .hasMessage("article.file-too-large");
    }

    @Test
    void a_file_named_html_without_markup_is_refused() {
        assertThatThrownBy(() -> ArticleFiles.extract("page.html", utf8("just words")))
                .hasMessage("article.file-not-html");
    }
}
