package app.factdesk.report;

import app.factdesk.audit.AuditService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.OnBehalf;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.jobs.Jobs;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Background exports on the one job mechanism (db-scheduler, ADR 025 and 027). Submitting writes a QUEUED row and its
 * job in one transaction; whichever server picks the job runs it as the person who asked, as they are at that moment
 * (disabled, removed or demoted: the job fails plainly). The file goes to PostgreSQL in 1 MiB pieces together with
 * the DONE status and its {@code export.created} event, so every server lists the job and serves the file, and a
 * server that dies mid-export leaves a job another server starts again from the beginning. A run that fails for a
 * reason that may pass (the database or disk) is retried with growing delays, up to {@code max-attempts}; a refusal
 * (no publisher set, article deleted) fails at once. Jobs and files are deleted {@link #KEEP} after they finish.
 * Only the owner, in the same workspace, sees or downloads a job.
 */
@Service
@Validated
public class ExportJobService {

    static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_WAITING = 20;
    private static final Logger log = LoggerFactory.getLogger(ExportJobService.class);
    private static final String COLUMNS = "id, kind, article_id, from_day, to_day, bom, status, progress, created_at, "
            + "finished_at, bytes, sha256, error, user_id, channel, attempts";

    /** The data of one db-scheduler job: which export, in which workspace. */
    public record Run(long workspaceId, String jobId) implements Serializable {
    }

    private final ExportWriter writer;
    private final ExportRecorder recorder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final OnBehalf onBehalf;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<Run>> task;
    private final int maxAttempts;
    private final Semaphore running;
    private final String server;
    private final int chunk;

    ExportJobService(ExportWriter writer, ExportRecorder recorder, CurrentUser currentUser, AuditService audit,
            Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions, OnBehalf onBehalf,
            ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<Run>> task,
            @Value("${factdesk.exports.max-attempts:5}") int maxAttempts,
            @Value("${factdesk.exports.concurrency:2}") int concurrency,
            @Value("${factdesk.exports.chunk-bytes:1048576}") int chunkBytes) {
        this.chunk = Math.max(4096, chunkBytes);
        this.writer = writer;
        this.recorder = recorder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.onBehalf = onBehalf;
        this.scheduler = scheduler;
        this.task = task;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.running = new Semaphore(Math.max(1, concurrency));
        this.server = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Queues an export as the current user and returns it at once; refused when {@value #MAX_WAITING} of this
     * workspace are already waiting. The channel of this request (UI or API) is kept for its {@code export.created}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ExportJobRow submit(@Valid ExportRequest request) {
        request.check();
        Long waiting = jdbc.queryForObject("select count(*) from export_job where status = 'QUEUED'", Long.class);
        if (waiting != null && waiting >= MAX_WAITING) {
            throw new UserFacingException("export.busy");
        }
        FactDeskUser owner = currentUser.require();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into export_job (id, user_id, kind, article_id, from_day, to_day, bom, channel, status, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)", id, owner.userId(),
                request.kind().name(), request.articleId(), request.from(), request.to(), request.bom(),
                audit.currentChannel(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        Jobs.schedule(scheduler.getObject(), task.getObject().instance("export-" + id,
                new Run(currentUser.workspaceId(), id.toString())), now);
        return new ExportJobRow(id.toString(), request, ExportStatus.QUEUED, 0, now, null, null, null, null);
    }

    /** The current user's background exports in this workspace, from every server, newest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<ExportJobRow> mine() {
        return jdbc.query("select " + COLUMNS + " from export_job where user_id = ? and (finished_at is null or "
                + "finished_at > ?) order by created_at desc, id", ExportJobService::row, currentUser.require().userId(),
                OffsetDateTime.ofInstant(clock.instant().minus(KEEP), ZoneOffset.UTC));
    }

    /**
     * The arguments of a failed export's stored message: only the message key is kept with the job, and
     * {@code export.pdf-too-many-claims} names the PDF limit. Messages without arguments ignore it.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Object[] errorArguments() {
        return new Object[] {writer.pdfMaxClaims()};
    }

    /** One of the current user's exports; empty for anyone else's, an expired one or an unknown id. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public Optional<ExportJobRow> find(String id) {
        return parse(id).flatMap(uuid -> jdbc.query("select " + COLUMNS + " from export_job where id = ? and "
                + "user_id = ? and (finished_at is null or finished_at > ?)", ExportJobService::row, uuid,
                currentUser.require().userId(), OffsetDateTime.ofInstant(clock.instant().minus(KEEP), ZoneOffset.UTC))
                .stream().findFirst());
    }

    /**
     * The finished file of one of the current user's exports, recording {@code export.downloaded}. The file is read
     * piece by piece as the stream is consumed, each piece in a short transaction of its own as the same user.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Optional<ExportFile> download(String id) {
        Optional<ExportJobRow> done = find(id).filter(j -> j.status() == ExportStatus.DONE);
        done.ifPresent(job -> recorder.record(ExportRecorded.DOWNLOADED, job.id(), job.request(),
                new ExportResult(job.bytes(), job.sha256(), jdbc.queryForObject(
                        "select coalesce(items, 0) from export_job where id = ?", Long.class,
                        UUID.fromString(job.id())))));
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        return done.map(job -> new ExportFile(job.fileName(), job.request().kind().mediaType(), job.bytes(),
                () -> new ChunkStream(UUID.fromString(job.id()), reader)));
    }

    /** The job: runs one export to its end, or records why not; throws only to be retried later. */
    void run(Run job) throws IOException {
        WorkspaceRole workspace = new WorkspaceRole(job.workspaceId(), "", Role.ADMIN);
        UUID id = UUID.fromString(job.jobId());
        Optional<Started> started = SystemAuthentication.callAsSystem(workspace, () -> separate.execute(s -> start(id)));
        if (started.isEmpty()) {
            return; // finished, or expired and deleted, before this run
        }
        Started export = started.get();
        Optional<FactDeskUser> owner = onBehalf.memberNow(export.userId(), job.workspaceId())
                .filter(u -> u.workspace().role().compareTo(Role.EDITOR) >= 0);
        if (owner.isEmpty()) {
            SystemAuthentication.runAsSystem(workspace, () -> fail(id, "export.owner-gone"));
            return;
        }
        Path file = Files.createTempFile("factdesk-export-", ".part");
        running.acquireUninterruptibly();
        try {
            OnBehalf.callAs(owner.get(), () -> {
                write(id, export, file);
                return null;
            });
        } catch (UserFacingException | AccessDeniedException e) {
            SystemAuthentication.runAsSystem(workspace, () -> fail(id, e instanceof UserFacingException u
                    ? u.messageKey() : "export.owner-gone"));
        } catch (RuntimeException e) {
            retryOrGiveUp(workspace, id, export.attempt(), e);
        } finally {
            running.release();
            Files.deleteIfExists(file);
        }
    }

    private void write(UUID id, Started export, Path file) {
        ExportResult result;
        try {
            result = writer.write(export.request(), (name, type) -> Files.newOutputStream(file),
                    new Progress(id), true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The file, the DONE status and export.created commit together or not at all.
        separate.executeWithoutResult(s -> {
            store(id, file);
            jdbc.update("update export_job set status = 'DONE', progress = 1, finished_at = ?, bytes = ?, sha256 = ?, "
                    + "items = ?, error = null where id = ?", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                    result.bytes(), result.sha256(), result.items(), id);
            recorder.record(ExportRecorded.CREATED, id.toString(), export.request(), result, export.channel());
        });
    }

    private void retryOrGiveUp(WorkspaceRole workspace, UUID id, int attempt, RuntimeException e) {
        if (attempt >= maxAttempts) {
            log.error("Export {} failed on attempt {} of {}; giving up", id, attempt, maxAttempts, e);
            SystemAuthentication.runAsSystem(workspace, () -> fail(id, "export.failed"));
            return;
        }
        log.warn("Export {} failed on attempt {} of {}; it will be tried again", id, attempt, maxAttempts, e);
        SystemAuthentication.runAsSystem(workspace, () -> separate.executeWithoutResult(s -> jdbc.update(
                "update export_job set status = 'QUEUED', progress = 0 where id = ? and status = 'RUNNING'", id)));
        throw e; // db-scheduler schedules the next attempt with its backoff (ExportJobs)
    }

    private record Started(long userId, ExportRequest request, String channel, int attempt) {
    }

    private Optional<Started> start(UUID id) {
        List<Started> found = jdbc.query("update export_job set status = 'RUNNING', progress = 0, attempts = attempts + 1, "
                + "started_at = ?, ran_on = ? where id = ? and status in ('QUEUED', 'RUNNING') returning user_id, kind, "
                + "article_id, from_day, to_day, bom, channel, attempts", (rs, n) -> new Started(rs.getLong("user_id"),
                        request(rs), rs.getString("channel"), rs.getInt("attempts")),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), server, id);
        // A run revived after its server died may have left pieces of an unfinished file: start clean.
        found.forEach(f -> jdbc.update("delete from export_chunk where job_id = ?", id));
        return found.stream().findFirst();
    }

    private void fail(UUID id, String reason) {
        separate.executeWithoutResult(s -> jdbc.update("update export_job set status = 'FAILED', finished_at = ?, "
                + "error = ? where id = ? and status <> 'DONE'", OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC), reason, id));
    }

    private void store(UUID id, Path file) {
        byte[] buffer = new byte[chunk];
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, chunk)) > 0) {
                jdbc.update("insert into export_chunk (job_id, seq, data) values (?, ?, ?)", id, seq++,
                        read == chunk ? buffer : java.util.Arrays.copyOf(buffer, read));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Deletes jobs (and their files) finished more than {@link #KEEP} ago, in every workspace; returns how many. */
    int expire() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(KEEP), ZoneOffset.UTC);
        int deleted = 0;
        for (Long workspaceId : jdbc.queryForList("select id from workspace", Long.class)) {
            deleted += SystemAuthentication.callAsSystem(new WorkspaceRole(workspaceId, "", Role.ADMIN),
                    () -> separate.execute(s -> jdbc.update("delete from export_job where finished_at < ?", cutoff)));
        }
        return deleted;
    }

    /** Progress written to the job row at most every 2 % or every second, in its own short transaction. */
    private final class Progress implements ExportProgress {
        private final UUID id;
        private double written;
        private long writtenAt;

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void update(long done, long total) {
            double now = total <= 0 ? 0 : Math.min(1, (double) done / total);
            long at = System.nanoTime();
            if (now - written >= 0.02 || (now > written && at - writtenAt > 1_000_000_000L)) {
                written = now;
                writtenAt = at;
                separate.executeWithoutResult(s -> jdbc.update(
                        "update export_job set progress = ? where id = ? and status = 'RUNNING'", now, id));
            }
        }
    }

    /** The stored file, one piece at a time, each read in a short transaction as the person downloading. */
    private final class ChunkStream extends InputStream {
        private final UUID id;
        private final Authentication reader;
        private int next;
        private byte[] piece = new byte[0];
        private int at;
        private boolean end;

        ChunkStream(UUID id, Authentication reader) {
            this.id = id;
            this.reader = reader;
        }

        private boolean fill() {
            while (!end && at >= piece.length) {
                var previous = SecurityContextHolder.getContext();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(reader);
                SecurityContextHolder.setContext(context);
                try {
                    List<byte[]> found = app.factdesk.shared.scope.DatabaseScope.followingPrincipal(() ->
                            separate.execute(s -> jdbc.query("select data from export_chunk where job_id = ? and "
                                    + "seq = ?", (rs, n) -> rs.getBytes(1), id, next)));
                    if (found == null || found.isEmpty()) {
                        end = true;
                    } else {
                        piece = found.get(0);
                        at = 0;
                        next++;
                    }
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }
            return !end || at < piece.length;
        }

        @Override
        public int read() {
            return fill() && at < piece.length ? piece[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill() || at >= piece.length) {
                return -1;
            }
            int n = Math.min(length, piece.length - at);
            System.arraycopy(piece, at, into, offset, n);
            at += n;
            return n;
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ExportRequest request(ResultSet rs) throws SQLException {
        long article = rs.getLong("article_id");
        Long articleId = rs.wasNull() ? null : article;
        return new ExportRequest(ExportKind.valueOf(rs.getString("kind")), articleId,
                rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class),
                rs.getBoolean("bom"));
    }

    private static ExportJobRow row(ResultSet rs, int n) throws SQLException {
        long bytes = rs.getLong("bytes");
        Long size = rs.wasNull() ? null : bytes;
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExportJobRow(rs.getString("id"), request(rs), ExportStatus.valueOf(rs.getString("status")),
                rs.getDouble("progress"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), size,
                rs.getString("sha256") == null ? null : rs.getString("sha256").strip(), rs.getString("error"));
    }
}
