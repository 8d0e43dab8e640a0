package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.OwnerDatabase;
import app.factdesk.TwoWorkspaces;
import app.factdesk.verdict.VerdictDesk;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor starts a background PDF export on the Exports page in Chromium and downloads it when it is done (issue
 * 14): the file comes from PostgreSQL in several pieces (64 KiB in the tests) and is exactly the file whose size and
 * SHA-256 the job recorded.
 */
class ExportDownloadJourneyIT extends BrowserJourney {

    @Autowired
    VerdictDesk desks;
    @Autowired
    OwnerDatabase owner;

    @Test
    void an_editor_starts_a_background_export_and_downloads_the_recorded_file() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        signIn(desk.editor(), TwoWorkspaces.PASSWORD);
        page.navigate(url("/exports"));
        page.locator("#export-article input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#export-start").click();

        var link = page.locator("#exports-grid vaadin-grid-cell-content a[download]");
        assertThat(link).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(60_000));
        Download download = page.waitForDownload(link::click);
        byte[] file = Files.readAllBytes(download.path());

        var job = owner.jdbc().queryForMap("select id, bytes, sha256, (select count(*) from export_chunk k where "
                + "k.job_id = j.id) pieces from export_job j where workspace_id = ? order by created_at desc limit 1",
                desk.other().workspaceId());
        org.assertj.core.api.Assertions.assertThat(new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat((long) file.length).isEqualTo(((Number) job.get("bytes"))
                .longValue());
        org.assertj.core.api.Assertions.assertThat(((Number) job.get("pieces")).longValue()).isGreaterThan(1);
        org.assertj.core.api.Assertions.assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file))).isEqualTo(job.get("sha256").toString().strip());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("audit-report-article-");
    }
}
