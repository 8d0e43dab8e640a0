package app.factdesk.verdict.snapshot;

import app.factdesk.shared.net.SafeFetcher;
import app.factdesk.shared.net.TargetPolicy;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.live.ChangeFeed;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Snapshots of sources (ADR 026). A capture is asked for in the same transaction that adds the source (or by "capture
 * again"): a PENDING row and a db-scheduler job are written together, so a restart never loses one and any server may
 * run it. The job fetches outside any transaction, then records the result and its audit event.
 */
@Service
public class SnapshotService {

    /** A stored snapshot's WARC or text, for download. */
    public record Stored(SnapshotRow row, byte[] warc, String text) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotService.class);
    private static final String COLUMNS = "id, source_id, requested_url, status, requested_at, finished_at, final_url, "
            + "http_status, content_type, resources, truncated, warc_size, warc_sha256, failure, failure_detail";

    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<CaptureJob>> captureTask;
    private final ChangeFeed changes;
    private final TransactionTemplate transactions;
    private final Capture.Limits limits;
    private final boolean captureOnAddByDefault;
    private final String userAgent;
    private final Semaphore running;

    SnapshotService(CurrentUser currentUser, Clock clock, DataSource dataSource, ApplicationEventPublisher events,
            ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<CaptureJob>> captureTask,
            ChangeFeed changes, PlatformTransactionManager transactionManager,
            @Value("${factdesk.snapshots.max-bytes:20971520}") long maxBytes,
            @Value("${factdesk.snapshots.timeout:30s}") Duration timeout,
            @Value("${factdesk.snapshots.max-redirects:5}") int maxRedirects,
            @Value("${factdesk.snapshots.max-resources:30}") int maxResources,
            @Value("${factdesk.snapshots.concurrency:2}") int concurrency,
            @Value("${factdesk.snapshots.capture-on-add:true}") boolean captureOnAddByDefault,
            @Value("${factdesk.snapshots.contact-url:}") String contactUrl) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(dataSource);
        this.events = events;
        this.scheduler = scheduler;
        this.captureTask = captureTask;
        this.changes = changes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.limits = new Capture.Limits(maxBytes, timeout, maxRedirects, maxResources);
        this.captureOnAddByDefault = captureOnAddByDefault;
        this.userAgent = "FactDesk/1.0 (evidence capture" + (contactUrl.isBlank() ? "" : "; +" + contactUrl) + ")";
        this.running = new Semaphore(Math.max(1, concurrency));
    }

    /** Asks for a capture of {@code sourceId}'s URL now, as the signed-in fact-checker ("capture again"). */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public SnapshotRow captureAgain(long sourceId) {
        String url = jdbc.query("select url from source where id = ? and workspace_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, sourceId, currentUser.workspaceId());
        if (url == null) {
            throw new UserFacingException("source.not-found");
        }
        return request(sourceId, url);
    }

    /** Called in the transaction that adds a source: asks for its capture when the workspace captures on add. */
    void sourceAdded(long sourceId, String url) {
        if (captureOnAdd()) {
            request(sourceId, url);
        }
    }

    /** Whether this workspace captures every source when it is added (else only on "capture again"). Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean captureOnAdd() {
        return jdbc.query("select capture_on_add from snapshot_settings where workspace_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : captureOnAddByDefault, currentUser.workspaceId());
    }

    /** Turns capture on add on or off for this workspace. Admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCaptureOnAdd(boolean on) {
        jdbc.update("insert into snapshot_settings (workspace_id, capture_on_add) values (?, ?) on conflict "
                + "(workspace_id) do update set capture_on_add = excluded.capture_on_add", currentUser.workspaceId(), on);
        events.publishEvent(new SnapshotEvent(currentUser.workspaceId(), "workspace",
                Long.toString(currentUser.workspaceId()), "workspace.capture_setting_changed",
                Auditable.fields("captureOnAdd", on), null));
    }

    /** The snapshots of these sources (of the current workspace), oldest first, without their bytes. Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SnapshotRow> ofSources(Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from source_snapshot where workspace_id = :workspace and "
                + "source_id in (:sources) order by source_id, id", new MapSqlParameterSource("workspace",
                        currentUser.workspaceId()).addValue("sources", sourceIds), SnapshotService::row);
    }

    /** The snapshots of these sources by source id, each list oldest first (what a source list or report shows). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<SnapshotRow>> bySource(Collection<Long> sourceIds) {
        return ofSources(sourceIds).stream().collect(java.util.stream.Collectors.groupingBy(SnapshotRow::sourceId));
    }

    /** A captured snapshot with its WARC and text, recorded in the audit log as downloaded. Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public Optional<Stored> open(long snapshotId, String how) {
        List<Stored> found = jdbc.query("select " + COLUMNS + ", warc, text_content from source_snapshot where id = ? "
                + "and workspace_id = ? and status = 'CAPTURED'", (rs, n) -> new Stored(row(rs, n),
                        rs.getBytes(16), rs.getString(17)), snapshotId, currentUser.workspaceId());
        found.stream().findFirst().ifPresent(stored -> events.publishEvent(SnapshotEvent.ofSource(
                currentUser.workspaceId(), stored.row().sourceId(), "source.snapshot_opened", Auditable.fields(
                        "snapshot", snapshotId, "as", how, "sha256", stored.row().warcSha256()), null)));
        return found.stream().findFirst();
    }

    /** The installation's allowed internal targets (address or CIDR, optional port). Installation admins. */
    @PreAuthorize("hasRole('INSTALLATION_ADMIN')")
    @Transactional(readOnly = true)
    public List<String> allowedTargets() {
        return jdbc.queryForList("select entry from snapshot_allowed_target order by entry", String.class);
    }

    /** Adds an allowed internal target; a malformed entry is refused. Installation admins. */
    @PreAuthorize("hasRole('INSTALLATION_ADMIN')")
    @Transactional
    public void allowTarget(String entry) {
        String value = entry == null ? "" : entry.strip();
        try {
            TargetPolicy.Entry.parse(value);
        } catch (RuntimeException e) {
            throw new UserFacingException("snapshot.allow-invalid", value);
        }
        jdbc.update("insert into snapshot_allowed_target (entry, added_by, added_at) values (?, ?, ?) on conflict do "
                + "nothing", value, currentUser.require().userId(), OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC));
    }

    /** Removes an allowed internal target. Installation admins. */
    @PreAuthorize("hasRole('INSTALLATION_ADMIN')")
    @Transactional
    public void disallowTarget(String entry) {
        jdbc.update("delete from snapshot_allowed_target where entry = ?", entry);
    }

    private SnapshotRow request(long sourceId, String url) {
        Instant now = clock.instant();
        Long requestedBy = currentUser.get().filter(u -> !u.isSystem()).map(u -> u.userId()).orElse(null);
        long id = jdbc.queryForObject("insert into source_snapshot (workspace_id, source_id, requested_url, status, "
                + "requested_by, requested_at) values (?, ?, ?, 'PENDING', ?, ?) returning id", Long.class,
                currentUser.workspaceId(), sourceId, url, requestedBy, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        app.factdesk.shared.jobs.Jobs.schedule(scheduler.getObject(), captureTask.getObject().instance(
                "snapshot-" + id, new CaptureJob(currentUser.workspaceId(), id)), now);
        events.publishEvent(SnapshotEvent.ofSource(currentUser.workspaceId(), sourceId, "source.capture_requested",
                Auditable.fields("snapshot", id, "url", url), null));
        return new SnapshotRow(id, sourceId, url, SnapshotRow.Status.PENDING, now, null, null, null, null, null,
                false, null, null, null, null);
    }

    /** The job: capture outside any transaction (at most {@code concurrency} at once here), then record it. */
    void run(CaptureJob job) {
        String workspaceName = jdbc.queryForObject("select name from workspace where id = ?", String.class,
                job.workspaceId());
        WorkspaceRole workspace = new WorkspaceRole(job.workspaceId(), workspaceName, Role.ADMIN);
        Optional<SnapshotRow> pending = SystemAuthentication.callAsSystem(workspace, () -> transactions.execute(s ->
                jdbc.query("select " + COLUMNS + " from source_snapshot where id = ? and workspace_id = ?",
                        SnapshotService::row, job.snapshotId(), job.workspaceId()).stream().findFirst()));
        if (pending.isEmpty() || pending.get().status() != SnapshotRow.Status.PENDING) {
            return; // the source was deleted, or another run finished it
        }
        List<TargetPolicy.Entry> allowed = new ArrayList<>();
        for (String entry : jdbc.queryForList("select entry from snapshot_allowed_target", String.class)) {
            try {
                allowed.add(TargetPolicy.Entry.parse(entry));
            } catch (RuntimeException ignored) {
                // entries are checked when added
            }
        }
        Capture.Result result;
        running.acquireUninterruptibly();
        try {
            result = Capture.run(URI.create(pending.get().requestedUrl()), limits, allowed, userAgent);
        } catch (IllegalArgumentException e) {
            result = Capture.Result.failed("snapshot.failed.scheme", e.getMessage(), Instant.now());
        } finally {
            running.release();
        }
        Capture.Result done = result;
        SystemAuthentication.runAsSystem(workspace, () -> transactions.executeWithoutResult(s -> record(
                pending.get(), done, job.workspaceId())));
        LOG.info("Snapshot {} of source {}: {}", job.snapshotId(), pending.get().sourceId(),
                done.captured() ? "captured, " + done.warc().length + " bytes, sha256 " + done.sha256()
                        : "failed, " + done.failure() + " (" + done.failureDetail() + ")");
    }

    private void record(SnapshotRow snapshot, Capture.Result result, long workspaceId) {
        OffsetDateTime at = OffsetDateTime.ofInstant(result.at(), ZoneOffset.UTC);
        if (result.captured()) {
            jdbc.update("update source_snapshot set status = 'CAPTURED', finished_at = ?, final_url = ?, http_status = ?, "
                    + "content_type = ?, resources = ?, truncated = ?, warc = ?, warc_size = ?, warc_sha256 = ?, "
                    + "text_content = ? where id = ? and status = 'PENDING'", at, clip(result.finalUrl(), 4000),
                    result.status(), clip(result.contentType(), 200), result.resources(), result.truncated(),
                    result.warc(), (long) result.warc().length, result.sha256(), result.text(), snapshot.id());
            events.publishEvent(SnapshotEvent.ofSource(workspaceId, snapshot.sourceId(), "source.captured",
                    Auditable.fields("snapshot", snapshot.id(), "url", snapshot.requestedUrl(), "finalUrl",
                            result.finalUrl(), "sha256", result.sha256(), "size", result.warc().length, "truncated",
                            result.truncated()), "SYSTEM"));
        } else {
            jdbc.update("update source_snapshot set status = 'FAILED', finished_at = ?, failure = ?, failure_detail = ? "
                    + "where id = ? and status = 'PENDING'", at, result.failure(), result.failureDetail(),
                    snapshot.id());
            events.publishEvent(SnapshotEvent.ofSource(workspaceId, snapshot.sourceId(), "source.capture_failed",
                    Auditable.fields("snapshot", snapshot.id(), "url", snapshot.requestedUrl(), "reason",
                            result.failure(), "detail", result.failureDetail()), "SYSTEM"));
        }
        changes.announce(workspaceId, "source", snapshot.sourceId(), snapshot.id());
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    static SnapshotRow row(ResultSet rs, int n) throws SQLException {
        Integer httpStatus = (Integer) rs.getObject(8);
        Integer resources = (Integer) rs.getObject(10);
        Long size = (Long) rs.getObject(12);
        String sha = rs.getString(13);
        return new SnapshotRow(rs.getLong(1), rs.getLong(2), rs.getString(3), SnapshotRow.Status.valueOf(rs.getString(4)),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class) == null ? null
                        : rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), httpStatus,
                rs.getString(9), resources, rs.getBoolean(11), size, sha == null ? null : sha.strip(),
                rs.getString(14), rs.getString(15));
    }

    /** What a capture job carries: ids only. */
    record CaptureJob(long workspaceId, long snapshotId) implements java.io.Serializable {
    }
}
