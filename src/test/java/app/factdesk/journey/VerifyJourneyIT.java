package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import app.factdesk.verdict.VerdictDesk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An auditor without an account drops an exported report on /verify and reads the verdict. */
class VerifyJourneyIT extends BrowserJourney {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ExportService exports;
    @Autowired
    app.factdesk.attest.CheckpointService checkpoints;
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_anonymous_auditor_sees_a_report_valid_and_its_tampered_copy_invalid_at_the_event() throws IOException {
        String report = report(desks.create());
        Path original = Files.writeString(dir.resolve("report.json"), report);
        String changed = report.replaceFirst("\"actorName\"\\s*:\\s*\"[^\"]*\"", "\"actorName\":\"Mallory\"");
        org.assertj.core.api.Assertions.assertThat(changed).as("the copy really is tampered with").isNotEqualTo(report);
        Path tampered = Files.writeString(dir.resolve("tampered.json"), changed);

        page.navigate(url("/verify"));
        page.locator("#verify-upload input[type=file]").setInputFiles(original);
        assertThat(page.locator("#verify-verdict")).hasText("report.json is valid");
        assertThat(page.locator("#verify-detail")).containsText("valid: ");
        assertThat(page.locator("#verify-detail")).containsText("signed by key fd-");

        page.navigate(url("/verify"));
        page.locator("#verify-upload input[type=file]").setInputFiles(tampered);
        assertThat(page.locator("#verify-verdict")).hasText("tampered.json is not valid");
        assertThat(page.locator("#verify-detail")).containsText("invalid: event 1: its content does not match");
        assertThat(page).hasURL(url("/verify"));
    }

    @Test
    void a_signed_pdf_verifies_and_a_report_is_checked_against_a_kept_checkpoint() throws IOException {
        VerdictDesk.Desk desk = desks.create();
        byte[] pdf = download(desk.editor(), ExportRequest.ofArticle(ExportKind.PDF, desk.other().articleId()));
        String kept = users.as(desk.admin(), () -> checkpoints.signNow().document());
        String report = report(desk);
        Path pdfFile = Files.write(dir.resolve("report.pdf"), pdf);
        Path reportFile = Files.writeString(dir.resolve("report.json"), report);
        Path checkpointFile = Files.writeString(dir.resolve("checkpoint.json"), kept);
        Path forged = Files.writeString(dir.resolve("forged-checkpoint.json"),
                kept.replaceFirst("\"headHash\":\"[0-9a-f]{64}\"", "\"headHash\":\"" + "0".repeat(64) + "\""));

        page.navigate(url("/verify"));
        page.locator("#verify-upload input[type=file]").setInputFiles(pdfFile);
        assertThat(page.locator("#verify-verdict")).hasText("report.pdf is valid");
        assertThat(page.locator("#verify-detail")).containsText("valid: signed PDF");

        page.navigate(url("/verify"));
        page.locator("#verify-checkpoint-upload input[type=file]").setInputFiles(checkpointFile);
        assertThat(page.locator("#verify-checkpoint-state")).containsText("checkpoint.json");
        page.locator("#verify-upload input[type=file]").setInputFiles(reportFile);
        assertThat(page.locator("#verify-verdict")).hasText("report.json is valid");
        assertThat(page.locator("#verify-detail")).containsText("extends the given checkpoint");

        page.locator("#verify-checkpoint-upload input[type=file]").setInputFiles(forged);
        assertThat(page.locator("#verify-verdict")).hasText("report.json is not valid");
        assertThat(page.locator("#verify-detail")).containsText("the signature does not match the given checkpoint");
    }

    private byte[] download(String username, ExportRequest request) {
        return users.as(username, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.download(request, (name, type) -> out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private String report(VerdictDesk.Desk desk) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return users.as(desk.editor(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.download(ExportRequest.ofRange(ExportKind.JSON, today, today), (name, type) -> out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }
}
