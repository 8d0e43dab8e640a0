package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A fact-checker imports the reference article, claims a span with a mouse drag, accepts a suggestion, searches. */
class ClaimJourneyIT extends BrowserJourney {

    private static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
    private static final String STATEMENT =
            "Moscow and Washington reached an understanding on continuing Putin–Biden contacts";

    /** Viewport rectangles of the first and last character of the body span [start, end). */
    private static final String CHARACTER_RECTS = """
            ([start, end]) => {
              const rectOf = (offset) => {
                for (const segment of document.querySelectorAll('#article-body [data-s]')) {
                  const from = Number(segment.dataset.s);
                  const text = segment.firstChild;
                  if (offset >= from && offset < from + text.length) {
                    const range = document.createRange();
                    range.setStart(text, offset - from);
                    range.setEnd(text, offset - from + 1);
                    const r = range.getBoundingClientRect();
                    return {left: r.left, right: r.right, y: r.top + r.height / 2};
                  }
                }
                return null;
              };
              return [rectOf(start), rectOf(end - 1)];
            }""";

    @Autowired
    TwoWorkspaces fixtures;

    @Test
    void import_claim_by_mouse_accept_a_suggestion_and_search() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        String body = TwoWorkspaces.referenceArticle();
        signIn(checker, TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).containsText("Import article");

        page.navigate(url("/articles/import"));
        page.locator("#import-body textarea").fill(body);
        page.locator("#import-submit").click();
        assertThat(page.locator("#article-body")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#article-body")).hasText(body);
        screenshot("claim-journey-1-imported");

        int start = body.indexOf(QUOTE);
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> rects = (List<Map<String, Number>>) page.evaluate(CHARACTER_RECTS,
                List.of(start, start + QUOTE.length()));
        Map<String, Number> first = rects.get(0);
        Map<String, Number> last = rects.get(1);
        // Right-to-left: the quote starts at the right edge of its first letter and ends at the left edge of its last.
        page.mouse().move(first.get("right").doubleValue() - 1, first.get("y").doubleValue());
        page.mouse().down();
        page.mouse().move(last.get("left").doubleValue() + 1, last.get("y").doubleValue(),
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        assertThat(page.locator("#create-from-selection")).isEnabled();
        page.locator("#create-from-selection").click();
        assertThat(page.locator("#claim-quote")).hasText(QUOTE);
        page.locator("#claim-statement textarea").fill(STATEMENT);
        page.locator("#claim-save").click();

        Locator highlight = page.locator("#article-body .hl");
        assertThat(highlight).hasCount(1);
        assertThat(highlight).hasText(QUOTE);
        assertThat(highlight).hasAttribute("title", STATEMENT);
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        screenshot("claim-journey-2-claimed");

        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB).nth(1).click();
        page.locator("#accept-suggestion-1").click();
        page.locator("#claim-save").click();
        // The claims are a virtual list: it draws its cards when its tab is shown.
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB).nth(0).click();
        assertThat(page.locator("#claim-list .claim-card")).hasCount(2);
        assertThat(page.locator("#article-body .hl").first()).isVisible();
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        screenshot("claim-journey-3-suggestion-accepted");

        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("اعلن", java.nio.charset.StandardCharsets.UTF_8)));
        Locator hit = page.locator("#search-results .search-hit").first();
        assertThat(hit).containsText("الكرملين");
        assertThat(page.locator("#search-results .search-match").first()).isVisible();
        screenshot("claim-journey-4-search");
        assertThat(body).contains(QUOTE);
    }
}
