package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.workspace.MemberService;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Background exports on db-scheduler (issue 14, ADR 027): the job and its file live in PostgreSQL, so a restarted
 * server finishes a job a dead one began, two servers polling run each job once, a failing database is retried and
 * then given up with a visible error, a job runs as its owner as they are when it runs, and finished jobs expire.
 * The file is kept in 64 KiB pieces here (application-test.properties), so every PDF spans several.
 */
@IntegrationTest
class ExportJobsIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ExportJobService exports;
    @Autowired
    MemberService members;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    DataSource dataSource;
    @Autowired
    OneTimeTask<ExportJobService.Run> exportTask;
    @Autowired
    SchedulerClient appScheduler;

    private VerdictDesk.Desk desk;
    private long articleId;

    @BeforeEach
    void desk() {
        desk = desks.create();
        articleId = owner.jdbc().queryForObject("select article_id from claim where id = ?", Long.class,
                desk.claimId());
    }

    @AfterEach
    void restore() {
        owner.jdbc().execute("grant insert on export_chunk to factdesk_app");
        ((Scheduler) appScheduler).resume();
        TestUsers.signOut();
    }

    private ExportJobRow submitPdf() {
        return users.as(desk.editor(), () -> exports.submit(ExportRequest.ofArticle(ExportKind.PDF, articleId)));
    }

    private ExportJobRow finished(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> users.as(desk.editor(),
                () -> exports.find(id)).orElseThrow().status().compareTo(ExportStatus.DONE) >= 0);
        return users.as(desk.editor(), () -> exports.find(id)).orElseThrow();
    }

    private String downloadedSha256(String id) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long size = users.as(desk.editor(), () -> {
            ExportFile file = exports.download(id).orElseThrow();
            try (InputStream in = file.open()) {
                byte[] all = in.readAllBytes();
                assertThat(all).hasSize((int) file.size());
                assertThat(new String(all, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                sha.update(all);
                return (long) all.length;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(size).as("larger than one 64 KiB piece").isGreaterThan(65536);
        assertThat(owner.jdbc().queryForObject("select count(*) from export_chunk where job_id = ?::uuid", Long.class,
                id)).as("stored in pieces").isEqualTo((size + 65535) / 65536);
        return HexFormat.of().formatHex(sha.digest());
    }

    private long created(String id) {
        return owner.jdbc().queryForObject("select count(*) from audit_event where action = 'export.created' "
                + "and object_id = ?", Long.class, id);
    }

    private Scheduler server(int threads) {
        return Scheduler.create(dataSource, List.of(exportTask)).threads(threads)
                .pollingInterval(Duration.ofMillis(200)).heartbeatInterval(Duration.ofMillis(300))
                .missedHeartbeatsLimit(4).build();
    }

    @Test
    void a_server_that_dies_mid_export_leaves_a_job_that_a_restarted_server_finishes_from_the_beginning()
            throws Exception {
        ((Scheduler) appScheduler).pause();
        ExportJobRow job = submitPdf();
        assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = 'export' and "
                + "task_instance = ?", Long.class, "export-" + job.id())).as("the job is committed with the export")
                .isEqualTo(1);
        // What a server killed at 40 % leaves behind: its job picked with a heartbeat that stopped, the export
        // RUNNING, a piece of an unfinished file.
        owner.jdbc().update("update scheduled_tasks set picked = true, picked_by = 'dead-server', last_heartbeat = "
                + "now() - interval '1 hour', version = version + 1 where task_instance = ?", "export-" + job.id());
        owner.jdbc().update("update export_job set status = 'RUNNING', progress = 0.4, attempts = 1, ran_on = "
                + "'dead-server' where id = ?::uuid", job.id());
        owner.jdbc().update("insert into export_chunk (job_id, workspace_id, seq, data) select id, workspace_id, 0, "
                + "'\\x00'::bytea from export_job where id = ?::uuid", job.id());
        assertThat(users.as(desk.editor(), () -> exports.find(job.id())).orElseThrow().status())
                .isEqualTo(ExportStatus.RUNNING);

        Scheduler restarted = server(1);
        restarted.start();
        try {
            ExportJobRow done = finished(job.id());
            assertThat(done.status()).isEqualTo(ExportStatus.DONE);
            assertThat(done.progress()).isEqualTo(1.0);
            assertThat(downloadedSha256(job.id())).as("the file served is the one hashed and recorded")
                    .isEqualTo(done.sha256());
            assertThat(owner.jdbc().queryForObject("select attempts from export_job where id = ?::uuid",
                    Integer.class, job.id())).isEqualTo(2);
            assertThat(owner.jdbc().queryForObject("select ran_on from export_job where id = ?::uuid",
                    String.class, job.id())).isNotEqualTo("dead-server");
            assertThat(created(job.id())).isEqualTo(1);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void with_two_servers_polling_each_export_runs_once_and_either_serves_the_file() throws Exception {
        Scheduler second = server(2);
        second.start();
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(submitPdf().id());
            }
            for (String id : ids) {
                ExportJobRow done = finished(id);
                assertThat(done.status()).isEqualTo(ExportStatus.DONE);
                assertThat(created(id)).as("export.created of %s", id).isEqualTo(1);
                assertThat(owner.jdbc().queryForObject("select attempts from export_job where id = ?::uuid",
                        Integer.class, id)).isEqualTo(1);
                assertThat(downloadedSha256(id)).isEqualTo(done.sha256());
            }
            assertThat(users.as(desk.editor(), () -> exports.mine())).extracting(ExportJobRow::id)
                    .containsAll(ids);
            assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = 'export'",
                    Long.class)).as("finished jobs leave no row").isZero();
        } finally {
            second.stop();
        }
    }

    @Test
    void a_failing_database_is_retried_with_backoff_and_at_the_limit_the_export_fails_with_a_visible_error() {
        owner.jdbc().execute("revoke insert on export_chunk from factdesk_app");
        ExportJobRow retried = submitPdf();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> owner.jdbc()
                .queryForObject("select coalesce(max(consecutive_failures), 0) from scheduled_tasks where "
                        + "task_instance = ?", Integer.class, "export-" + retried.id()) >= 1);
        assertThat(users.as(desk.editor(), () -> exports.find(retried.id())).orElseThrow().status())
                .as("waiting for its next attempt").isIn(ExportStatus.QUEUED, ExportStatus.RUNNING);
        owner.jdbc().execute("grant insert on export_chunk to factdesk_app");
        assertThat(finished(retried.id()).status()).as("the next attempt succeeds").isEqualTo(ExportStatus.DONE);
        assertThat(created(retried.id())).isEqualTo(1);

        owner.jdbc().execute("revoke insert on export_chunk from factdesk_app");
        ExportJobRow failing = submitPdf();
        ExportJobRow failed = finished(failing.id());
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertThat(failed.error()).isEqualTo("export.failed");
        assertThat(owner.jdbc().queryForObject("select attempts from export_job where id = ?::uuid", Integer.class,
                failing.id())).as("factdesk.exports.max-attempts in the tests").isEqualTo(3);
        assertThat(created(failing.id())).isZero();
        assertThat(users.as(desk.editor(), () -> exports.download(failing.id()))).isEmpty();
    }

    @Test
    void an_export_runs_as_its_owner_as_they_are_when_it_runs() {
        ((Scheduler) appScheduler).pause();
        ExportJobRow job = submitPdf();
        long editorId = owner.jdbc().queryForObject("select id from user_account where username = ?", Long.class,
                desk.editor());
        users.as(desk.admin(), () -> {
            members.changeRole(editorId, Role.FACT_CHECKER);
            return null;
        });
        ((Scheduler) appScheduler).resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> owner.jdbc().queryForObject(
                "select status from export_job where id = ?::uuid", String.class, job.id()).equals("FAILED"));
        assertThat(owner.jdbc().queryForObject("select error from export_job where id = ?::uuid", String.class,
                job.id())).isEqualTo("export.owner-gone");
        assertThat(created(job.id())).isZero();
    }

    @Test
    void finished_exports_and_their_files_are_deleted_24_hours_after_they_finish() {
        ExportJobRow old = submitPdf();
        ExportJobRow fresh = submitPdf();
        finished(old.id());
        finished(fresh.id());
        owner.jdbc().update("update export_job set finished_at = now() - interval '25 hours' where id = ?::uuid",
                old.id());
        assertThat(users.as(desk.editor(), () -> exports.mine())).extracting(ExportJobRow::id)
                .as("an expired export is not listed even before the hourly job deletes it")
                .contains(fresh.id()).doesNotContain(old.id());

        assertThat(exports.expire()).isGreaterThanOrEqualTo(1);
        assertThat(owner.jdbc().queryForObject("select count(*) from export_chunk where job_id = ?::uuid", Long.class,
                old.id())).isZero();
        assertThat(owner.jdbc().queryForObject("select count(*) from export_job where id = ?::uuid", Long.class,
                old.id())).isZero();
        assertThat(owner.jdbc().queryForObject("select count(*) from export_chunk where job_id = ?::uuid", Long.class,
                fresh.id())).isPositive();
    }
}
