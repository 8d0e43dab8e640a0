package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.OwnerDatabase;
import app.factdesk.TwoWorkspaces;
import app.factdesk.verdict.VerdictDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin uploads published fact-checks in Chromium (issue 15): a file with a bad review is refused whole with
 * the review, line and field named; a feed file imports; the claim page shows "checked by … on …" for the claim the
 * feed reviewed. A file over the 10 MB limit is refused by the server as it streams in.
 */
class FactCheckLibraryJourneyIT extends BrowserJourney {

    @Autowired
    VerdictDesk desks;
    @Autowired
    OwnerDatabase owner;

    private Path resource(String name) throws Exception {
        Path file = Files.createTempFile("fact-checks-", "-" + name);
        try (var in = getClass().getResourceAsStream("/fact-checks/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void an_admin_imports_a_feed_and_the_claim_page_shows_where_it_was_checked() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        signIn(desk.admin(), TwoWorkspaces.PASSWORD);
        page.navigate(url("/admin/fact-check-library"));
        assertThat(page.locator("#fact-check-count")).containsText("0 fact-checks");

        page.locator("#fact-check-upload input[type=file]").setInputFiles(resource("missing-rating.jsonld"));
        assertThat(page.locator("#fact-check-outcome")).containsText("Nothing was imported");
        assertThat(page.locator("#fact-check-outcome")).containsText("review 2 (line 11)");
        assertThat(page.locator("#fact-check-outcome")).containsText("reviewRating");

        Path huge = Files.createTempFile("fact-checks-", "-huge.json");
        Files.write(huge, new byte[11 * 1024 * 1024]);
        page.locator("#fact-check-upload input[type=file]").setInputFiles(huge);
        assertThat(page.locator("#fact-check-outcome")).containsText("larger than 10 MB");

        page.locator("#fact-check-upload input[type=file]").setInputFiles(resource("feed.jsonld"));
        assertThat(page.locator("#fact-check-outcome")).containsText("Read 3 fact-checks; 3 were new");
        assertThat(page.locator("#fact-check-count")).containsText("3 fact-checks");
        assertThat(page.locator("#fact-check-entries")).containsText("Grain Watch");
        screenshot("fact-check-library");
        org.assertj.core.api.Assertions.assertThat(owner.jdbc().queryForObject("select count(*) from "
                + "fact_check_reference where workspace_id = ?", Long.class, desk.other().workspaceId()))
                .isEqualTo(3);

        page.navigate(url("/claims/" + desk.claimId()));
        assertThat(page.locator("#checked-elsewhere")).containsText("checked by Example Checks on");
        assertThat(page.locator("#checked-elsewhere")).containsText("Mostly false");
        assertThat(page.locator("#checked-elsewhere a")).hasAttribute("href",
                "https://checks.example.org/2024/peskov-no-contacts");
        assertThat(page.locator("#checked-elsewhere a")).hasAttribute("rel", "noopener noreferrer");
    }
}
