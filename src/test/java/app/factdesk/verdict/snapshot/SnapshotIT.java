package app.factdesk.verdict.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictDesk;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding a source captures its page in the background (db-scheduler job) into a WARC with its text and hash; every
 * boundary of the capture: redirects, internal addresses (also behind a redirect), size and time limits, PDF, 404,
 * gzip and chunked bodies, a windows-1256 Arabic page; capture again keeps the old snapshot; two servers run each
 * capture once.
 */
@IntegrationTest
class SnapshotIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    SourceService sources;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    DataSource dataSource;
    @Autowired
    OneTimeTask<SnapshotService.CaptureJob> captureTask;
    @Autowired
    app.factdesk.report.ExportService exports;
    @Autowired
    com.github.kagkarlsson.scheduler.SchedulerClient appScheduler;

    private TestSite site;
    private VerdictDesk.Desk desk;

    @BeforeEach
    void serve() throws Exception {
        site = new TestSite(pdf());
        desk = desks.create();
        users.as(desk.admin(), () -> {
            snapshots.setCaptureOnAdd(true);
            return null;
        });
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("127.0.0.1:" + site.port());
            return null;
        });
    }

    @AfterEach
    void stop() {
        users.as(TestUsers.ADMIN, () -> {
            snapshots.allowedTargets().forEach(snapshots::disallowTarget);
            return null;
        });
        site.close();
        TestUsers.signOut();
    }

    @Test
    void an_added_source_is_captured_with_its_images_and_stylesheet_but_no_script_into_a_verifiable_warc()
            throws Exception {
        long sourceId = add("/article.html");

        SnapshotRow row = finished(sourceId);

        assertThat(row.status()).isEqualTo(SnapshotRow.Status.CAPTURED);
        assertThat(row.finalUrl()).isEqualTo(site.url("/article.html"));
        assertThat(row.httpStatus()).isEqualTo(200);
        assertThat(row.resources()).isEqualTo(3);
        assertThat(site.hits("/app.js")).as("scripts are never fetched").isZero();
        SnapshotService.Stored stored = open(row);
        assertThat(stored.text()).contains("Peskov briefing").contains("There were no contacts");
        assertThat(row.warcSha256()).isEqualTo(Capture.sha256(stored.warc()));
        assertThat(row.warcSize()).isEqualTo(stored.warc().length);
        List<String> targets = new ArrayList<>();
        int verified = 0;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(stored.warc()))) {
            reader.calculateBlockDigest();
            for (WarcRecord record : reader) {
                assertThat(record.version()).isEqualTo(org.netpreserve.jwarc.MessageVersion.WARC_1_1);
                if (record.blockDigest().isPresent()) {
                    assertThat(record.calculatedBlockDigest()).as(record.type() + " block digest")
                            .isEqualTo(record.blockDigest());
                    verified++;
                }
                if (record instanceof WarcResponse response) {
                    targets.add(response.target());
                }
            }
        }
        assertThat(targets).containsExactlyInAnyOrder(site.url("/article.html"), site.url("/style.css"),
                site.url("/one.png"), site.url("/two.png"));
        assertThat(verified).isEqualTo(8);
        assertThat(auditActions(sourceId)).containsSubsequence("source.added", "source.capture_requested",
                "source.captured");
        assertThat(owner.jdbc().queryForObject("select after ->> 'sha256' from audit_event where object_type = "
                + "'source' and object_id = ? and action = 'source.captured'", String.class,
                Long.toString(sourceId))).isEqualTo(row.warcSha256());
    }

    @Test
    void the_json_report_gives_each_source_its_snapshots_with_hash_and_capture_time() throws Exception {
        long sourceId = add("/article.html");
        SnapshotRow row = finished(sourceId);

        long articleId = owner.jdbc().queryForObject("select article_id from claim where id = ?", Long.class,
                desk.claimId());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        users.as(desk.editor(), () -> {
            try {
                exports.download(app.factdesk.report.ExportRequest.ofArticle(app.factdesk.report.ExportKind.JSON,
                        articleId), (name, type) -> out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toByteArray());
        com.fasterxml.jackson.databind.JsonNode source = null;
        for (com.fasterxml.jackson.databind.JsonNode claim : report.get("claims")) {
            for (com.fasterxml.jackson.databind.JsonNode candidate : claim.get("sources")) {
                if (candidate.get("id").asLong() == sourceId) {
                    source = candidate;
                }
            }
        }

        assertThat(source).isNotNull();
        com.fasterxml.jackson.databind.JsonNode snapshot = source.get("snapshots").get(0);
        assertThat(snapshot.get("status").asText()).isEqualTo("CAPTURED");
        assertThat(snapshot.get("sha256").asText()).isEqualTo(row.warcSha256());
        assertThat(snapshot.get("size").asLong()).isEqualTo(row.warcSize());
        assertThat(snapshot.get("sourceDate").asText()).isEqualTo(row.finishedAt().toString());
        assertThat(snapshot.get("cachedSource").asText()).isEqualTo("/snapshots/" + row.id() + "/warc");

        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        users.as(desk.editor(), () -> {
            try {
                exports.download(app.factdesk.report.ExportRequest.ofArticle(app.factdesk.report.ExportKind.PDF,
                        articleId), (name, type) -> pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Archived copy of " + java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd").withZone(java.time.ZoneOffset.UTC).format(row.finishedAt()));
        assertThat(text.replaceAll("\\s", "")).contains("WARCSHA-256:" + row.warcSha256());
    }

    @Test
    void redirects_are_followed_to_the_limit_and_a_loop_fails_plainly() {
        SnapshotRow followed = finished(add("/hop1"));
        SnapshotRow loop = finished(add("/loop"));

        assertThat(followed.status()).isEqualTo(SnapshotRow.Status.CAPTURED);
        assertThat(followed.finalUrl()).isEqualTo(site.url("/article.html"));
        assertThat(loop.status()).isEqualTo(SnapshotRow.Status.FAILED);
        assertThat(loop.failure()).isEqualTo("snapshot.failed.too-many-redirects");
        assertThat(site.hits("/loop")).isEqualTo(6);
    }

    @Test
    void internal_addresses_are_refused_directly_behind_a_redirect_and_without_the_allow_list() {
        SnapshotRow toLoopback = finished(add("/to-loopback"));
        SnapshotRow toMetadata = finished(add("/to-metadata"));
        long metadataDirect = addUrl("http://[::ffff:169.254.169.254]/latest/meta-data/");
        users.as(TestUsers.ADMIN, () -> {
            snapshots.disallowTarget("127.0.0.1:" + site.port());
            return null;
        });
        SnapshotRow withoutAllowList = finished(add("/article.html"));

        assertThat(toLoopback.failure()).isEqualTo("snapshot.failed.address-not-allowed");
        assertThat(toMetadata.failure()).isEqualTo("snapshot.failed.address-not-allowed");
        assertThat(toMetadata.failureDetail()).contains("169.254.169.254");
        assertThat(finished(metadataDirect).failure()).isEqualTo("snapshot.failed.address-not-allowed");
        assertThat(withoutAllowList.failure()).isEqualTo("snapshot.failed.address-not-allowed");
        assertThat(site.hits("/article.html")).as("the refused capture never connected").isZero();
        assertThat(auditActions(withoutAllowList.sourceId())).contains("source.capture_failed");
    }

    @Test
    void a_huge_body_is_cut_at_the_limit_and_marked_and_a_slow_server_times_out() throws Exception {
        SnapshotRow huge = finished(add("/huge"));
        SnapshotRow slow = finished(add("/slow"));

        assertThat(huge.status()).isEqualTo(SnapshotRow.Status.CAPTURED);
        assertThat(huge.truncated()).isTrue();
        assertThat(huge.warcSize()).isBetween(20L * 1024 * 1024, 21L * 1024 * 1024);
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(open(huge).warc()))) {
            assertThat(reader.records().filter(r -> r instanceof WarcResponse)
                    .map(r -> r.headers().first("WARC-Truncated").orElse("")).toList()).containsExactly("length");
        }
        assertThat(slow.status()).isEqualTo(SnapshotRow.Status.FAILED);
        assertThat(slow.failure()).isEqualTo("snapshot.failed.timeout");
    }

    @Test
    void a_pdf_gzip_and_chunked_html_and_a_windows_1256_arabic_page_give_their_text_and_a_404_fails() {
        SnapshotRow pdf = finished(add("/report.pdf"));
        SnapshotRow gzip = finished(add("/gzip-chunked.html"));
        SnapshotRow arabic = finished(add("/arabic-1256.html"));
        SnapshotRow missing = finished(add("/gone.html"));

        assertThat(open(pdf).text()).contains("Evidence of the briefing");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(open(gzip).text()).isEqualTo("Compressed and chunked page");
        assertThat(open(arabic).text()).isEqualTo(TestSite.ARABIC);
        assertThat(missing.status()).isEqualTo(SnapshotRow.Status.FAILED);
        assertThat(missing.failure()).isEqualTo("snapshot.failed.http-status");
        assertThat(missing.failureDetail()).startsWith("404");
    }

    @Test
    void capture_again_adds_a_snapshot_and_keeps_the_first_and_other_workspaces_cannot_open_it() {
        long sourceId = add("/article.html");
        SnapshotRow first = finished(sourceId);
        users.as(desk.checker(), () -> snapshots.captureAgain(sourceId));
        await().atMost(Duration.ofSeconds(30)).until(() -> users.as(desk.checker(), () ->
                snapshots.ofSources(List.of(sourceId))).stream().allMatch(s -> s.status() != SnapshotRow.Status.PENDING));

        List<SnapshotRow> both = users.as(desk.checker(), () -> snapshots.ofSources(List.of(sourceId)));
        VerdictDesk.Desk other = desks.create();

        assertThat(both).hasSize(2);
        assertThat(both.get(0)).isEqualTo(first);
        assertThat(both.get(1).status()).isEqualTo(SnapshotRow.Status.CAPTURED);
        assertThat(users.as(other.checker(), () -> snapshots.open(first.id(), "page"))).isEmpty();
        assertThat(users.as(other.checker(), () -> snapshots.ofSources(List.of(sourceId)))).isEmpty();
        assertThatThrownBy(() -> users.as(other.checker(), () -> snapshots.captureAgain(sourceId)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> users.as(desk.editor(), () -> {
            snapshots.setCaptureOnAdd(false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> {
            snapshots.allowTarget("localhost");
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("snapshot.allow-invalid");
    }

    @Test
    void a_pending_capture_is_kept_in_the_database_and_a_restarted_server_finishes_it() {
        Scheduler running = (Scheduler) appScheduler;
        running.pause();
        Scheduler restarted = null;
        try {
            long sourceId = add("/article.html");
            long snapshotId = owner.jdbc().queryForObject("select id from source_snapshot where source_id = ?",
                    Long.class, sourceId);
            assertThat(owner.jdbc().queryForObject("select status from source_snapshot where id = ?", String.class,
                    snapshotId)).isEqualTo("PENDING");
            assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = "
                    + "'source-capture' and task_instance = ?", Long.class, "snapshot-" + snapshotId))
                    .as("the job is committed with the source").isEqualTo(1);

            // A server that starts now (as after a restart) finds the job in the table and runs it.
            restarted = Scheduler.create(dataSource, List.of(captureTask)).threads(1)
                    .pollingInterval(Duration.ofMillis(200)).build();
            restarted.start();

            assertThat(finished(sourceId).status()).isEqualTo(SnapshotRow.Status.CAPTURED);
        } finally {
            if (restarted != null) {
                restarted.stop();
            }
            running.resume();
        }
    }

    @Test
    void with_two_servers_polling_each_pending_capture_runs_once() {
        Scheduler second = Scheduler.create(dataSource, List.of(captureTask)).threads(2)
                .pollingInterval(Duration.ofMillis(200)).build();
        second.start();
        try {
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                added.add(add("/article.html?copy=" + i));
            }
            added.forEach(this::finished);

            for (long sourceId : added) {
                assertThat(auditActions(sourceId).stream().filter("source.captured"::equals)).hasSize(1);
            }
            assertThat(site.hits("/article.html")).isEqualTo(6);
            assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = "
                    + "'source-capture'", Long.class)).as("finished jobs leave no row").isZero();
        } finally {
            second.stop();
        }
    }

    private long add(String path) {
        return addUrl(site.url(path));
    }

    private long addUrl(String url) {
        return users.as(desk.checker(), () -> sources.add(VerdictDesk.source(desk.claimId(), url), null).id());
    }

    private SnapshotRow finished(long sourceId) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> users.as(
                desk.checker(), () -> snapshots.ofSources(List.of(sourceId))).stream()
                .anyMatch(s -> s.status() != SnapshotRow.Status.PENDING));
        return users.as(desk.checker(), () -> snapshots.ofSources(List.of(sourceId))).get(0);
    }

    private SnapshotService.Stored open(SnapshotRow row) {
        return users.as(desk.checker(), () -> snapshots.open(row.id(), "warc")).orElseThrow();
    }

    private List<String> auditActions(long sourceId) {
        return owner.jdbc().queryForList("select action from audit_event where object_type = 'source' and object_id = ?"
                + " and workspace_id = ? order by seq", String.class, Long.toString(sourceId),
                desk.other().workspaceId());
    }

    static byte[] pdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Evidence of the briefing");
                content.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
