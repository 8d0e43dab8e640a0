package app.factdesk.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ui.ArticleWorkspaceView;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportArticleUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleService articles;

    @BeforeEach
    void checkerOnTheImportPage() {
        login(fixtures.addMember(fixtures.createOther(), Role.FACT_CHECKER, "Fatima Checker"));
        UI.getCurrent().navigate(ImportArticleView.class);
    }

    private String problem() {
        return _get(Paragraph.class, spec -> spec.withId("import-problem")).getText();
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("import-submit")));
    }

    @Test
    void an_empty_body_and_a_malformed_url_get_their_messages_and_nothing_is_stored() {
        long before = articles.count();
        submit();
        assertThat(problem()).isEqualTo("The article text is empty. Paste the text or upload a file.");
        _setValue(_get(TextArea.class, spec -> spec.withId("import-body")), "Peskov said contacts will continue.");
        _setValue(_get(TextField.class, spec -> spec.withId("import-url")), "javascript:alert(1)");
        submit();
        assertThat(problem()).isEqualTo("The URL must be a full http:// or https:// address.");
        assertThat(articles.count()).isEqualTo(before);
        assertThat(_find(ArticleWorkspaceView.class)).isEmpty();
    }

    @Test
    void an_uploaded_html_file_fills_the_form_and_a_second_import_warns_with_a_link() {
        String html = "<html><head><title>Kremlin statement</title><script>alert(1)</script></head>"
                + "<body><h1>Kremlin: talks continue</h1><p>Peskov said so on Thursday.</p></body></html>";
        UploadKt._upload(_get(Upload.class), "statement.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(TextArea.class, spec -> spec.withId("import-body")).getValue())
                .isEqualTo("Kremlin: talks continue\n\nPeskov said so on Thursday.");
        assertThat(_get(TextField.class, spec -> spec.withId("import-title")).getValue())
                .isEqualTo("Kremlin statement");
        submit();
        assertThat(_find(ArticleWorkspaceView.class)).hasSize(1);
        long stored = articles.count();

        UI.getCurrent().navigate(ImportArticleView.class);
        UploadKt._upload(_get(Upload.class), "statement.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
        submit();
        Div duplicate = _get(Div.class, spec -> spec.withId("import-duplicate"));
        assertThat(duplicate.getElement().getTextRecursively())
                .contains("This text is already in the workspace as \"Kremlin statement\"");
        assertThat(articles.count()).isEqualTo(stored);
        _click(_get(Button.class, spec -> spec.withId("import-anyway")));
        assertThat(articles.count()).isEqualTo(stored + 1);
    }

    @Test
    void a_binary_file_named_txt_is_refused_with_a_message() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        UploadKt._upload(_get(Upload.class), "photo.txt", "text/plain", png);
        assertThat(problem()).startsWith("The file ");
        assertThat(_get(TextArea.class, spec -> spec.withId("import-body")).getValue()).isEmpty();
    }
}
