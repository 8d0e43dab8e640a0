package app.factdesk.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a Fact Desk process that was killed (kill -9, power cut of
 * the JVM only): its {@code postmaster.pid} names a live process. Only a process that is a {@code postgres} started
 * on this very directory is stopped (SIGTERM, then SIGKILL after a grace period); anything else is left alone.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private OrphanPostmaster() {
    }

    /** The process id recorded in {@code dataDir/postmaster.pid}, if the file exists and names one. */
    static Optional<Long> recordedPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live postgres process serving {@code dataDir}, if there is one. */
    static Optional<ProcessHandle> of(Path dataDir) {
        return recordedPid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDir));
    }

    /**
     * Stops the orphaned server of {@code dataDir}, if any, and waits until it and its backends are gone; returns the
     * process id of the server it stopped.
     */
    static Optional<Long> stop(Path dataDir) {
        Optional<ProcessHandle> orphan = of(dataDir);
        if (orphan.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle postmaster = orphan.get();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        log.warn("A PostgreSQL server (pid {}) left by an earlier Fact Desk process still holds {}: stopping it",
                postmaster.pid(), dataDir.toAbsolutePath());
        postmaster.destroy();
        if (!awaitExit(postmaster, GRACE)) {
            log.warn("PostgreSQL pid {} ignored SIGTERM for {}; killing it", postmaster.pid(), GRACE);
            postmaster.destroyForcibly();
            awaitExit(postmaster, GRACE);
        }
        // Backends outlive a killed postmaster briefly; a new one refuses to start while they hold shared memory.
        backends.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        backends.forEach(backend -> awaitExit(backend, GRACE));
        return Optional.of(postmaster.pid());
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            String commandLine = Files.isReadable(proc)
                    ? new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ')
                    : process.info().commandLine().orElse("");
            String directory = dataDir.toAbsolutePath().normalize().toString();
            return commandLine.contains("postgres") && commandLine.contains(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
