package app.factdesk.report;

import app.factdesk.audit.AuditService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.shared.UserFacingException;
import jakarta.annotation.PreDestroy;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Exports that run in the background on a small pool (two threads, twenty waiting), as the user who asked: the
 * worker gets a security context built for that user, never a borrowed UI or request. The file is written to a
 * temporary directory and kept for {@link #KEEP} (and until shutdown), so its owner can leave and download it later;
 * only its owner, in the same workspace, sees or downloads a job. Finishing records {@code export.created};
 * each download records {@code export.downloaded}.
 */
@Service
@Validated
public class ExportJobService {

    static final Duration KEEP = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(ExportJobService.class);

    private final ExportWriter writer;
    private final ExportRecorder recorder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(20), runnable -> {
                Thread thread = new Thread(runnable, "export-worker");
                thread.setDaemon(true);
                return thread;
            });
    private final Path directory;

    ExportJobService(ExportWriter writer, ExportRecorder recorder, CurrentUser currentUser, AuditService audit,
            Clock clock) throws IOException {
        this.writer = writer;
        this.recorder = recorder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.directory = Files.createTempDirectory("factdesk-exports");
    }

    /**
     * Queues an export as the current user and returns it at once; refused when twenty are already waiting. The
     * channel of this request (UI or API) is captured now: the worker thread has no request of its own.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ExportJobRow submit(@Valid ExportRequest request) {
        request.check();
        sweep();
        FactDeskUser owner = currentUser.require();
        String id = UUID.randomUUID().toString();
        ExportJob job = new ExportJob(id, owner, request, clock.instant(), directory.resolve(id),
                audit.currentChannel());
        jobs.put(id, job);
        try {
            pool.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new UserFacingException("export.busy");
        }
        return job.row();
    }

    /** The current user's background exports in this workspace, newest first. */
    @PreAuthorize("hasRole('EDITOR')")
    public List<ExportJobRow> mine() {
        sweep();
        FactDeskUser user = currentUser.require();
        return jobs.values().stream().filter(j -> j.ownedBy(user))
                .sorted(Comparator.comparing((ExportJob j) -> j.createdAt).reversed()).map(ExportJob::row).toList();
    }

    /** One of the current user's exports; empty for anyone else's or an unknown id. */
    @PreAuthorize("hasRole('EDITOR')")
    public Optional<ExportJobRow> find(String id) {
        return owned(id).map(ExportJob::row);
    }

    /** The finished file of one of the current user's exports, recording {@code export.downloaded}. */
    @PreAuthorize("hasRole('EDITOR')")
    public Optional<ExportFile> download(String id) {
        return owned(id).filter(j -> j.status() == ExportStatus.DONE).map(job -> {
            recorder.record(ExportRecorded.DOWNLOADED, job.id, job.request, job.result());
            return new ExportFile(job.request.fileName(), job.request.kind().mediaType(), job.result().bytes(),
                    job.file);
        });
    }

    private Optional<ExportJob> owned(String id) {
        FactDeskUser user = currentUser.require();
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.ownedBy(user));
    }

    private void run(ExportJob job) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job.owner, null,
                job.owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            job.running();
            ExportResult result = writer.write(job.request, (name, type) -> Files.newOutputStream(job.file),
                    job::progress);
            recorder.record(ExportRecorded.CREATED, job.id, job.request, result, job.channel);
            job.done(result, clock.instant());
        } catch (UserFacingException e) {
            job.failed(e.getMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("Export {} failed", job.id, e);
            job.failed("export.failed", clock.instant());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void sweep() {
        var cutoff = clock.instant().minus(KEEP);
        jobs.values().removeIf(job -> {
            boolean old = job.finishedAt() != null && job.finishedAt().isBefore(cutoff);
            if (old) {
                delete(job.file);
            }
            return old;
        });
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        jobs.values().forEach(job -> delete(job.file));
        delete(directory);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Could not delete {}", path, e);
        }
    }
}
