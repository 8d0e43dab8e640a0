package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.FactDeskUser;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskService;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What only a browser shows of the claim hub: keys on rows, where messages open, a row that fits at 1280×800. */
class HubJourneyIT extends BrowserJourney {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TaskService tasks;

    /** Puts keyboard focus on the first body cell of a grid, as Tab and the arrow keys would. */
    private void focusFirstRow(String gridId) {
        page.locator("#" + gridId + " vaadin-grid-cell-content").first().waitFor();
        page.evaluate("id => document.getElementById(id).shadowRoot.querySelector('#items tr td').focus()", gridId);
    }

    @Test
    void enter_and_space_on_a_claims_row_and_enter_on_a_queue_entry_open_the_claim_page() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(1).id(), "The Kremlin readout says so.",
                List.of(desks.addSource(desk.claimId()))))).id();
        Pattern claimPage = Pattern.compile(".*/claims/" + desk.claimId() + "$");

        signIn(desk.editor(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/claims"));
        focusFirstRow("claims-grid");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(claimPage);

        page.navigate(url("/claims"));
        focusFirstRow("claims-grid");
        page.keyboard().press("Space");
        assertThat(page).hasURL(claimPage);

        page.navigate(url("/review"));
        page.locator("#review-claim-" + verdictId).focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(claimPage);
    }

    @Test
    void a_message_after_an_action_never_covers_the_menu_in_english_or_arabic() {
        VerdictDesk.Desk desk = desks.create();
        signIn(desk.editor(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        for (String direction : List.of("ltr", "rtl")) {
            if ("rtl".equals(direction)) {
                page.navigate(url("/"));
                page.locator("#language-switch").click();
                assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            }
            page.navigate(url("/claims/" + desk.claimId()));
            page.locator("#task-title input").fill("Call the press office " + direction);
            page.locator("#task-create").click();
            page.locator("vaadin-notification-card").first().waitFor();
            @SuppressWarnings("unchecked")
            Map<String, Object> rects = (Map<String, Object>) page.evaluate("() => {"
                    + " const d = document.querySelector('vaadin-app-layout').shadowRoot"
                    + "   .querySelector('[part=drawer]').getBoundingClientRect();"
                    + " const n = document.querySelector('vaadin-notification-card').getBoundingClientRect();"
                    + " return {overlap: !(n.right <= d.left || n.left >= d.right || n.bottom <= d.top"
                    + "   || n.top >= d.bottom), drawer: [d.left, d.right], card: [n.left, n.right]}; }");
            assertThat((Boolean) rects.get("overlap")).as(direction + ": " + rects).isFalse();
            page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
        }
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    @Test
    void my_tasks_fits_1280_by_800_with_its_row_buttons_in_view() {
        VerdictDesk.Desk desk = desks.create();
        long checkerId = ((FactDeskUser) users.signIn(desk.checker())).userId();
        users.as(desk.editor(), () -> tasks.create(new NewTask(desk.claimId(),
                "Find the full Kremlin readout of the 13 October briefing and compare every quoted sentence with the"
                        + " recording published by the agency", null, checkerId, java.time.LocalDate.now().plusDays(2),
                true)));
        TestUsers.signOut();

        signIn(desk.checker(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/my-tasks"));
        assertThat(page.locator("#my-tasks-grid")).containsText("Required");
        var start = page.locator("#my-tasks-grid vaadin-button").first();
        assertThat(start).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) page.evaluate("() => {"
                + " const grid = document.getElementById('my-tasks-grid');"
                + " const table = grid.shadowRoot.querySelector('#table');"
                + " const button = grid.querySelector('vaadin-button').getBoundingClientRect();"
                + " return {overflow: table.scrollWidth - table.clientWidth, page: document.documentElement.scrollWidth,"
                + "   buttonRight: button.right, buttonLeft: button.left, width: window.innerWidth}; }");
        assertThat(((Number) fit.get("overflow")).intValue()).as("grid scrolls sideways: " + fit).isLessThanOrEqualTo(0);
        assertThat(((Number) fit.get("page")).intValue()).as("page wider than the window: " + fit)
                .isLessThanOrEqualTo(1280);
        assertThat(((Number) fit.get("buttonRight")).doubleValue()).as(fit.toString()).isLessThanOrEqualTo(1280);
        assertThat(((Number) fit.get("buttonLeft")).doubleValue()).as(fit.toString()).isGreaterThanOrEqualTo(0);
        start.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#my-tasks-grid")).containsText("In progress");
        assertThat(page).hasURL(Pattern.compile(".*/my-tasks$"));
    }
}
