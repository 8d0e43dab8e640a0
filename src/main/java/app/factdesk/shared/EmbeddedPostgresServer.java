package app.factdesk.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The one embedded PostgreSQL of this JVM: started on a data directory (a throw-away one in tests), restarted on the
 * same directory and port when it died, so that the JDBC URL the pool holds stays valid.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;
    private static Path dataDir;
    private static boolean ephemeral;
    private static Long orphanStopped;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server on {@code directory} (null: a throw-away directory), or returns the running one. */
    static synchronized EmbeddedPostgres start(Path directory) {
        if (server != null) {
            return server;
        }
        try {
            ephemeral = directory == null;
            dataDir = (ephemeral ? Files.createTempDirectory("factdesk-pg-") : directory).toAbsolutePath().normalize();
            Files.createDirectories(dataDir);
            orphanStopped = OrphanPostmaster.stop(dataDir).orElse(null);
            server = builder(0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "factdesk-pg-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                    + " is in use by another Fact Desk process: stop it, or set FACTDESK_DATA_DIR to another directory",
                    e);
        }
    }

    /** The process id of a server left by a killed Fact Desk that the start stopped, or null. */
    static synchronized Long orphanStopped() {
        return orphanStopped;
    }

    /** Whether this JVM started an embedded server. */
    public static synchronized boolean started() {
        return server != null;
    }

    /** Whether the started server's postmaster is alive (true when none was started here). */
    public static synchronized boolean alive() {
        return server == null || OrphanPostmaster.recordedPid(dataDir).flatMap(ProcessHandle::of)
                .map(ProcessHandle::isAlive).orElse(false);
    }

    /** The data directory of the started server. */
    public static synchronized Path dataDirectory() {
        return dataDir;
    }

    /**
     * Starts the server again on the same directory and port after its postmaster died. Throws when it cannot start
     * yet (for example while the dead server's backends still hold its shared memory); the caller retries.
     */
    static synchronized void restart() throws IOException {
        if (server == null || alive()) {
            return;
        }
        int port = server.getPort();
        server.close(); // releases the directory lock; stopping the dead server fails and is logged
        OrphanPostmaster.stop(dataDir);
        server = builder(port).start();
        log.warn("Embedded PostgreSQL restarted on port {} with data in {}", port, dataDir);
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        // Commits are acknowledged only once their WAL reached the operating system, so a killed server loses none;
        // the throw-away test directory skips only the fsync to disk.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setDataDirectory(dataDir).setCleanDataDirectory(false).setRegisterShutdownHook(false);
        return port == 0 ? builder : builder.setPort(port);
    }

    /** Stops the server (deleting a throw-away directory); at exit, or when the JVM is about to halt. */
    static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        } finally {
            server = null; // stopped on purpose: not for the watchdog to start again
        }
        if (ephemeral && dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }
}
