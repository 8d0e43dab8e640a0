package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor and a checker at once, in two browsers, take a claim of the reference article from a task to a
 * published verdict, with one return on the way.
 */
class VerdictJourneyIT extends BrowserJourney {

    private static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
    private static final String READOUT = "http://en.kremlin.ru/events/president/news/66932";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;

    @Test
    void task_source_proposal_return_reproposal_approval_and_publication() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Chadi Checker");
        String body = TwoWorkspaces.referenceArticle();
        int start = body.indexOf(QUOTE);
        long claimId = users.as(checker, () -> claims.create(new CreateClaim(articleId, start, start + QUOTE.length(),
                QUOTE, new ClaimFields("Moscow and Washington reached an understanding on continuing Putin–Biden"
                        + " contacts", "Dmitry Peskov", null, null, List.of()), null)).id());
        String claimPage = url("/claims/" + claimId);

        signIn(editor, TwoWorkspaces.PASSWORD);
        Page e = page;
        e.navigate(claimPage);
        e.locator("#task-title input").fill("Find the Kremlin readout of the 13 October briefing");
        e.locator("#task-assignee input").fill("Chadi");
        e.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Chadi Checker")).click();
        e.locator("#task-create").click();
        assertThat(e.locator("#tasks-list")).containsText("Find the Kremlin readout");
        assertThat(e.locator("#claim-details-state")).hasText("In verification");

        Path profile = Files.createTempDirectory("factdesk-chromium-checker-");
        try (BrowserContext second = playwright().chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(ARGS).setViewportSize(1280, 900))) {
            Page c = second.pages().isEmpty() ? second.newPage() : second.pages().get(0);
            c.navigate(url("/login"));
            c.locator("input[name='username']").fill(checker);
            c.locator("input[name='password']").fill(TwoWorkspaces.PASSWORD);
            c.locator("vaadin-button[slot='submit']").click();
            assertThat(c.locator("#main-nav")).isVisible();
            c.navigate(claimPage);
            assertThat(c.locator("#tasks-list")).containsText("Find the Kremlin readout");

            c.locator("#source-url input").fill(READOUT);
            c.locator("#source-title input").fill("Kremlin readout: Peskov on contacts with the United States");
            choose(c, "Stance", "Supports");
            c.locator("#source-add").click();
            assertThat(c.locator("#sources-list")).containsText("Kremlin readout");

            propose(c, "The Kremlin readout quotes Peskov saying so; Washington has not denied it.");
            assertThat(c.locator("#claim-details-state")).hasText("Verdict proposed");

            e.navigate(claimPage);
            e.locator("[id^='verdict-return-reason-'] input").fill("Cite the White House side too.");
            e.locator("[id^='verdict-return-']:not([id^='verdict-return-reason-'])").click();
            assertThat(e.locator("#claim-details-state")).hasText("In verification");
            screenshot("verdict-journey-1-returned");

            c.navigate(claimPage);
            propose(c, "The Kremlin readout quotes Peskov; Psaki called the Moscow meetings constructive.");

            e.navigate(claimPage);
            e.locator("[id^='verdict-approve-']").click();
            assertThat(e.locator("#claim-details-state")).hasText("Approved");
            e.locator("[id^='verdict-publish-']").click();
            assertThat(e.locator("#claim-details-state")).hasText("Published");
            assertThat(e.locator("#verdicts-history")).containsText("Cite the White House side too.");
            screenshot("verdict-journey-2-published");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    private static void choose(Page page, String selectLabel, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(selectLabel)).first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void propose(Page page, String rationale) {
        page.locator("#verdict-rating").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Mostly true")).first().click();
        page.locator("#verdict-rationale textarea").fill(rationale);
        page.locator("#verdict-sources vaadin-checkbox").first().click();
        page.locator("#verdict-propose").click();
    }
}
