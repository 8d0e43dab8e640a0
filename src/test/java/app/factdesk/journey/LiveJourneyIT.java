package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people on the same article in two browsers: changes appear without reloading; a stale save is caught. */
class LiveJourneyIT extends BrowserJourney {

    private static final String QUOTE = "عدم قبول الوجود العسكري الأميركي في آسيا الوسطى";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    app.factdesk.TestUsers testUsers;

    @Test
    void a_claim_made_by_one_checker_appears_for_the_other_and_a_stale_save_shows_the_conflict() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String amal = fixtures.addMember(desk, Role.FACT_CHECKER, "Amal A");
        String bilal = fixtures.addMember(desk, Role.FACT_CHECKER, "Bilal B");
        String body = TwoWorkspaces.referenceArticle();

        signIn(amal, TwoWorkspaces.PASSWORD);
        page.navigate(url("/articles/" + articleId));
        assertThat(page.locator("#article-body")).hasAttribute("dir", "rtl");

        Path profileB = Files.createTempDirectory("factdesk-chromium-b-");
        try (BrowserContext browserB = openSecondBrowser(profileB)) {
            Page b = browserB.pages().isEmpty() ? browserB.newPage() : browserB.pages().get(0);
            b.navigate(url("/login"));
            b.locator("input[name='username']").fill(bilal);
            b.locator("input[name='password']").fill(TwoWorkspaces.PASSWORD);
            b.locator("vaadin-button[slot='submit']").click();
            assertThat(b.locator("#main-nav")).isVisible();
            b.navigate(url("/articles/" + articleId));
            assertThat(b.locator("#article-body .hl")).hasCount(0);

            int start = body.indexOf(QUOTE);
            long claimId = testUsers.as(amal, () -> claims.create(new CreateClaim(articleId, start, start + QUOTE.length(),
                    QUOTE, new ClaimFields("US military presence in Central Asia unacceptable", "Sergei Ryabkov",
                            null, null, List.of()), null)).id());
            assertThat(b.locator("#article-body .hl")).hasText(QUOTE);
            assertThat(page.locator("#article-body .hl")).hasText(QUOTE);

            page.locator("#article-body .hl").click();
            page.locator("#claim-statement textarea").fill("Amal's careful wording");

            b.locator("#article-body .hl").click();
            b.locator("#claim-statement textarea").fill("Bilal's quicker wording");
            b.locator("#claim-save").click();
            assertThat(b.locator("vaadin-dialog-overlay[opened]")).hasCount(0);

            page.locator("#claim-save").click();
            assertThat(page.locator("#claim-conflict")).containsText("Bilal B changed this claim while you were editing");
            assertThat(page.locator("#claim-conflict")).containsText("Bilal's quicker wording");
            assertThat(page.locator("#claim-statement textarea")).hasValue("Amal's careful wording");
            screenshot("live-journey-conflict");
            org.assertj.core.api.Assertions.assertThat(claimId).isPositive();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profileB);
        }
    }

    /** The second person's browser: its own Chromium profile, so its own session. */
    private static BrowserContext openSecondBrowser(Path profile) {
        return playwright().chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS).setViewportSize(1280, 800));
    }
}
