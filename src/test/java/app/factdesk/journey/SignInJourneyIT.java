package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.security.AccountService;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.workspace.WorkspaceService;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInJourneyIT extends BrowserJourney {

    private static final String HEADLINE_START = "الكرملين: موسكو وواشنطن";

    @Autowired
    AccountService accounts;
    @Autowired
    WorkspaceService workspaces;

    @ParameterizedTest(name = "{0} signs in and sees the reference article")
    @CsvSource({"admin,Fact-Desk-Boss-42", "editor,Fact-Desk-Review-42", "checker,Fact-Desk-Verify-42",
            "viewer,Fact-Desk-Read-42"})
    void each_demo_user_signs_in_and_sees_the_reference_article(String username, String password) {
        signIn(username, password);
        assertThat(page.locator("#current-workspace")).containsText("Demo desk");
        assertThat(page.locator("#dashboard-states")).isVisible();
        page.navigate(url("/articles"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(HEADLINE_START)).first()).isVisible();
        assertThat(page.locator("#main-nav")).containsText("Articles");
        if ("admin".equals(username)) {
            assertThat(page.locator("#main-nav")).containsText("Members");
        } else {
            assertThat(page.locator("#main-nav")).not().containsText("Members");
        }
    }

    @Test
    void a_wrong_password_shows_the_generic_error_and_stays_on_the_login_page() {
        signIn("editor", "not-the-right-password");
        assertThat(page.getByText("The username or password is not right")).isVisible();
        assertThat(page).hasURL(url("/login?error"));
        signIn("no-such-person", "not-the-right-password");
        assertThat(page.getByText("The username or password is not right")).isVisible();
    }

    @Test
    void switching_to_arabic_mirrors_the_layout_and_opens_the_article_right_to_left() throws Exception {
        String username = "reader" + UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.runAsSystem(null, () -> {
            long demo = workspaces.findByName("Demo desk").orElseThrow();
            long id = accounts.provisionAccount(username, "Rania Reader", "quiet-river-stone-8").id();
            workspaces.addMembership(demo, id, Role.VIEWER);
        });
        signIn(username, "quiet-river-stone-8");
        assertThat(page.locator("#main-nav")).containsText("Articles");
        double drawerLeftToRight = page.locator("#main-nav").boundingBox().x;

        page.locator("#language-switch").click();
        assertThat(page.locator("#main-nav")).containsText("المقالات");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        double drawerRightToLeft = page.locator("#main-nav").boundingBox().x;
        assertThat(drawerLeftToRight).isLessThan(300);
        assertThat(drawerRightToLeft).as("the drawer moved to the right-hand side").isGreaterThan(900);
        screenshot("arabic-dashboard");
        page.navigate(url("/articles"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(HEADLINE_START)).first()).isVisible();
        Path list = screenshot("arabic-article-list");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(HEADLINE_START))
                .first().click();
        assertThat(page.locator("#article-body")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#article-body")).containsText("پاکستان پوائنٹ نیوز");
        Path article = screenshot("arabic-article");
        assertThat(Files.size(list)).isPositive();
        assertThat(Files.size(article)).isPositive();
    }
}
