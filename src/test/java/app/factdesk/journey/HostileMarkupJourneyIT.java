package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.article.ImportArticle;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Markup inside an article is shown as the characters it is made of, and never runs. */
class HostileMarkupJourneyIT extends BrowserJourney {

    private static final String TITLE = "<img src=x onerror=\"window.__xss='title'\"> headline";
    private static final String BODY = TITLE + "\n\nHe said <script>window.__xss='body'</script> and"
            + " <a href=\"javascript:window.__xss='link'\">click</a> plus javascript:alert(1) here.";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleService articles;

    @Test
    void script_img_onerror_and_javascript_links_stay_inert_text_in_list_article_and_search() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long id = SystemAuthentication.callAsSystem(new WorkspaceRole(desk.workspaceId(), "B", Role.ADMIN),
                () -> articles.importArticle(new ImportArticle(TITLE, BODY, "en", null, null, null, null, null),
                        false));
        signIn(fixtures.addMember(desk, Role.VIEWER, "Vera"), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#dashboard-articles")).containsText("<img src=x");
        page.navigate(url("/articles"));

        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("<img src=x")).first()).isVisible();
        page.navigate(url("/articles/" + id));
        assertThat(page.locator("#article-body")).hasText(BODY);
        assertThat(page.locator("#article-body script, #article-body img, #article-body a")).hasCount(0);
        page.navigate(url("/search?q=headline"));
        assertThat(page.locator("#search-results a").first()).containsText("<img src=x onerror=");
        page.navigate(url("/claims"));
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    }
}
