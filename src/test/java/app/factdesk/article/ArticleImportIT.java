package app.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ArticleImportIT {

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleService articles;

    private TwoWorkspaces.Other desk;

    @BeforeEach
    void freshDesk() {
        desk = fixtures.createOther();
        users.signIn(fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ImportArticle withUrl(String url) {
        return new ImportArticle(null, "Some text " + url, null, null, null, null, url, null);
    }

    @Test
    void the_reference_article_is_stored_exactly_with_detected_language_direction_and_title() {
        String text = TwoWorkspaces.referenceArticle();
        long id = articles.importArticle(ImportArticle.ofText(text), false);
        ArticleDetails stored = articles.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo(text);
        assertThat(stored.body()).contains("نولاند،\u00a0 في موسكو").contains("پاکستان پوائنٹ نیوز").contains("أعُلن");
        assertThat(stored.language()).isEqualTo("ar");
        assertThat(stored.direction()).isEqualTo("rtl");
        assertThat(stored.title()).isEqualTo(text.lines().findFirst().orElseThrow());
    }

    @Test
    void line_endings_and_unicode_forms_are_normalized_once() {
        String decomposed = "Cafe\u0301 said\r\nsecond line\rthird";
        long id = articles.importArticle(ImportArticle.ofText(decomposed), false);
        ArticleDetails stored = articles.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("Café said\nsecond line\nthird");
        assertThat(stored.language()).isEqualTo("en");
        assertThat(stored.direction()).isEqualTo("ltr");
    }

    @Test
    void each_bad_input_gets_its_message_and_nothing_is_written() {
        long before = articles.count();
        assertThatThrownBy(() -> articles.importArticle(ImportArticle.ofText("  \n "), false))
                .hasMessage("article.body-empty");
        assertThatThrownBy(() -> articles.importArticle(ImportArticle.ofText("x".repeat(200_001)), false))
                .hasMessage("article.body-too-long");
        for (String url : new String[] {"javascript:alert(1)", "ftp://example.org/a", "not a url", "https://"}) {
            assertThatThrownBy(() -> articles.importArticle(withUrl(url), false)).as(url)
                    .hasMessage("article.url-invalid");
        }
        assertThatThrownBy(() -> articles.importArticle(new ImportArticle("t".repeat(501), "body", null, null, null,
                null, null, null), false)).hasMessage("article.title-too-long");
        assertThatThrownBy(() -> articles.importArticle(new ImportArticle(null, "body", "xx", null, null, null, null,
                null), false)).hasMessage("article.language-invalid");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void a_second_import_of_the_same_body_warns_and_names_the_first_unless_confirmed() {
        long first = articles.importArticle(ImportArticle.ofText("Same text\n\nsaid the minister."), false);
        assertThatThrownBy(() -> articles.importArticle(ImportArticle.ofText("Same text\r\n\r\nsaid the minister."),
                false)).isInstanceOfSatisfying(DuplicateArticleException.class,
                        duplicate -> assertThat(duplicate.existingId()).isEqualTo(first));
        long second = articles.importArticle(ImportArticle.ofText("Same text\n\nsaid the minister."), true);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void an_accepted_url_is_kept_and_a_viewer_cannot_import() {
        long id = articles.importArticle(withUrl("https://www.urdupoint.com/ar/world/kremlin.html"), false);
        assertThat(articles.find(id).orElseThrow().url()).isEqualTo("https://www.urdupoint.com/ar/world/kremlin.html");
        users.signIn(fixtures.addMember(desk, Role.VIEWER, "Victor Viewer"));
        assertThatThrownBy(() -> articles.importArticle(ImportArticle.ofText("text"), false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
