package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.snapshot.SnapshotService;
import app.factdesk.webhook.Receiver;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin sets up a webhook in Chromium (issue 14): a refused address keeps what was typed and says why at the
 * field; an accepted one shows its secret once; a new claim is delivered to the receiver and shows in the delivery
 * log, and "Send again" sends it once more.
 */
class WebhooksJourneyIT extends BrowserJourney {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    ClaimService claims;
    @Autowired
    OwnerDatabase owner;

    private Receiver receiver;

    @AfterEach
    void stop() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowedTargets().forEach(snapshots::disallowTarget);
            return null;
        });
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void an_admin_adds_an_endpoint_sees_the_secret_once_and_reads_the_delivery_log() throws Exception {
        receiver = new Receiver();
        VerdictDesk.Desk desk = desks.create();
        signIn(desk.admin(), TwoWorkspaces.PASSWORD);
        page.navigate(url("/admin/webhooks"));
        assertThat(page.locator("h1")).hasText("Webhooks");

        // Not allowed yet: the loopback receiver is an internal address.
        String hook = receiver.url("/hooks/cms");
        page.locator("#webhook-url input").fill(hook);
        page.locator("#webhook-description input").fill("Our CMS");
        page.locator("#webhook-events vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Claim created")).locator("input").check();
        page.locator("#webhook-add").click();
        assertThat(page.locator("#webhook-url")).hasAttribute("invalid", "");
        assertThat(page.locator("#webhook-url")).containsText("is an internal address");
        assertThat(page.locator("#webhook-url input")).hasValue(hook);
        assertThat(page.locator("#webhook-description input")).hasValue("Our CMS");
        screenshot("webhooks-refused");

        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("127.0.0.1:" + receiver.port());
            return null;
        });
        page.locator("#webhook-add").click();
        Locator secret = page.locator("#webhook-secret input");
        assertThat(secret).hasValue(java.util.regex.Pattern.compile("whsec_[A-Za-z0-9_-]{43}"));
        String shown = secret.inputValue();
        screenshot("webhooks-secret");
        page.locator("#webhook-secret-close").click();
        assertThat(page.locator("#webhook-url input")).hasValue("");
        assertThat(page.locator("#webhook-url")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#webhook-endpoints")).containsText(hook);
        org.assertj.core.api.Assertions.assertThat(page.content()).as("the secret is not on the page once the dialog is closed")
                .doesNotContain(shown);

        long articleId = owner.jdbc().queryForObject("select article_id from claim where id = ?", Long.class,
                desk.claimId());
        String body = owner.jdbc().queryForObject("select body from article where id = ?", String.class, articleId);
        int start = body.indexOf(' ', 300) + 1;
        String exact = body.substring(start, start + 30);
        long claimId = users.as(desk.checker(), () -> claims.create(new CreateClaim(articleId, start,
                start + exact.length(), exact, new ClaimFields("Delivered to the CMS", null, null, null, List.of()),
                null)).id());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> receiver.received().size() == 1);
        org.assertj.core.api.Assertions.assertThat(receiver.received().get(0).text())
                .contains("\"id\":" + claimId);

        long endpointId = owner.jdbc().queryForObject("select id from webhook_endpoint where url = ?", Long.class,
                hook);
        page.locator("#webhook-deliveries-" + endpointId).click();
        Locator log = page.locator("#webhook-deliveries");
        assertThat(log).containsText("claim.created");
        assertThat(log).containsText("Delivered");
        assertThat(log).containsText("204");
        screenshot("webhooks-log");
        long deliveryId = owner.jdbc().queryForObject("select max(id) from webhook_delivery where endpoint_id = ?",
                Long.class, endpointId);
        page.locator("#webhook-redeliver-" + deliveryId).click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> receiver.received().size() == 2);
        org.assertj.core.api.Assertions.assertThat(receiver.received().get(1).text())
                .isEqualTo(receiver.received().get(0).text());
    }
}
