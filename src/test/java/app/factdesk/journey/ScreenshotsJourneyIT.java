package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskService;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's pictures: the claim page, the dashboard and the audit log of a desk with a published verdict, in
 * English and in Arabic at 1280×800, saved to target/screenshots/readme-*.png (copied by hand to docs/images). Each
 * picture is taken only after the page shows what it is meant to show, in the right direction.
 */
class ScreenshotsJourneyIT extends BrowserJourney {

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

    @Test
    void claim_page_dashboard_and_audit_log_in_english_and_arabic() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        users.as(desk.editor(), () -> tasks.create(new NewTask(desk.claimId(),
                "Find the Kremlin readout of the briefing", null, null, null, false)));
        long verdictId = users.as(desk.checker(), () -> {
            return verdicts.propose(new ProposeVerdict(desk.claimId(), ratings.activeLabels().get(1).id(),
                    "The Kremlin readout of 14 October quotes Peskov saying there were no contacts; the White House"
                            + " did not contradict it.", List.of(desks.addSource(desk.claimId())))).id();
        });
        users.as(desk.editor(), () -> verdicts.approve(verdictId));
        users.as(desk.secondEditor(), () -> verdicts.publish(verdictId, null));
        TestUsers.signOut();

        signIn(desk.editor(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        shoot("en", desk.claimId());
        page.navigate(url("/"));
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        shoot("ar", desk.claimId());
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    private void shoot(String language, long claimId) throws Exception {
        page.navigate(url("/claims/" + claimId));
        assertThat(page.locator("h1")).containsText("Peskov said Putin and Biden had no contacts");
        assertThat(page.locator("#sources-list")).containsText("Readout of the briefing");
        save("readme-claim-page-" + language);
        page.navigate(url("/"));
        assertThat(page.locator("#dashboard-states")).isVisible();
        save("readme-dashboard-" + language);
        page.navigate(url("/audit"));
        assertThat(page.locator("vaadin-grid").first()).containsText("Salma Editor");
        save("readme-audit-" + language);
    }

    private void save(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.waitForTimeout(400);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        org.assertj.core.api.Assertions.assertThat(Files.size(file)).as(name).isGreaterThan(10_000);
    }
}
