package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.snapshot.SnapshotService;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fact-checker adds a source in Chromium; its page is archived in the background and the claim page shows the
 * archived copy when it is ready. Opening a hostile page's copy runs nothing and goes nowhere.
 */
class SnapshotJourneyIT extends BrowserJourney {

    private static final String HOSTILE = "<!doctype html><html><head><base href='http://127.0.0.1:9/'>"
            + "<meta http-equiv=refresh content='0;url=http://127.0.0.1:9/moved'>"
            + "<style>body { background: url(javascript:alert(1)); }</style>"
            + "<script>document.title='SCRIPT RAN'; location='http://127.0.0.1:9/moved';</script></head>"
            + "<body onload=\"document.title='ONLOAD RAN'\"><h1>Hostile page</h1>"
            + "<img src=/missing.png onerror=\"document.title='ONERROR RAN'\">"
            + "<a id=js href=\"javascript:document.title='LINK RAN'\">js link</a>"
            + "<form action=/steal method=post><input name=q><button id=send>send</button></form>"
            + "<iframe srcdoc=\"<script>parent.document.title='IFRAME RAN'</script>\"></iframe>"
            + "<div style=\"background:url(javascript:alert(2))\">styled</div>"
            + "<svg><script>document.title='SVG RAN'</script><a xlink:href=\"javascript:alert(3)\"><text>x</text>"
            + "</a></svg><math><mi xlink:href=\"javascript:alert(4)\">m</mi></math>"
            + "<object data=\"javascript:alert(5)\"></object><embed src=\"javascript:alert(6)\">"
            + "</body></html>";

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    OwnerDatabase owner;

    private HttpServer site;

    @AfterEach
    void stop() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowedTargets().forEach(snapshots::disallowTarget);
            return null;
        });
        if (site != null) {
            site.stop(0);
        }
        TestUsers.signOut();
    }

    @Test
    void an_added_source_shows_its_archived_copy_and_the_copy_of_a_hostile_page_runs_nothing() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = HOSTILE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        String hostile = "http://127.0.0.1:" + site.getAddress().getPort() + "/hostile.html";
        VerdictDesk.Desk desk = desks.create();
        users.as(desk.admin(), () -> {
            snapshots.setCaptureOnAdd(true);
            return null;
        });
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("127.0.0.1:" + site.getAddress().getPort());
            return null;
        });

        signIn(desk.checker(), TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/claims/" + desk.claimId()));
        page.locator("#source-url input").fill(hostile);
        page.locator("#source-title input").fill("A hostile page");
        page.locator("#source-add").click();
        assertThat(page.locator("#sources-list")).containsText("A hostile page");
        long sourceId = owner.jdbc().queryForObject("select id from source where claim_id = ? and url = ?", Long.class,
                desk.claimId(), hostile);
        // The capture runs in the background; once it is recorded the page shows it (live, or on the next load).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !"PENDING".equals(
                owner.jdbc().queryForObject("select max(status) from source_snapshot where source_id = ?",
                        String.class, sourceId)));
        com.microsoft.playwright.Locator archived = page.locator("#snapshot-page-" + sourceId);
        if (!archived.isVisible()) {
            page.reload();
        }
        assertThat(archived).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        assertThat(archived).containsText("Archived copy (");
        screenshot("snapshot-source-archived");

        List<String> dialogs = new ArrayList<>();
        Page copy = page.waitForPopup(archived::click);
        copy.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        copy.waitForLoadState();
        assertThat(copy.locator("#factdesk-banner")).containsText("Captured by Fact Desk on ");
        assertThat(copy.locator("#factdesk-banner")).containsText(hostile);
        assertThat(copy.locator("#factdesk-banner")).containsText("SHA-256");
        assertThat(copy.locator("h1")).hasText("Hostile page");
        copy.locator("#js").click();
        copy.waitForTimeout(1500);

        assertThat(copy.url()).as("nothing navigated the copy").startsWith(url("/snapshots/"));
        assertThat(copy.title()).doesNotContain("RAN");
        assertThat(dialogs).isEmpty();
        assertThat(copy.locator("form, iframe, script, object, embed, base, meta[http-equiv]").count()).isZero();
        APIResponse response = copy.request().get(copy.url());
        assertThat(response.headers().get("content-security-policy")).contains("sandbox").contains("default-src 'none'");
        copy.close();
        APIResponse warc = page.request().get(url("/snapshots/" + owner.jdbc().queryForObject(
                "select id from source_snapshot where source_id = ?", Long.class, sourceId) + "/warc"));
        assertThat(warc.status()).isEqualTo(200);
        assertThat(new String(warc.body(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("WARC/1.1");
    }
}
