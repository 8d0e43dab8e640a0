package app.factdesk.shared;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.SpringProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the embedded PostgreSQL every second and starts it again, on the same directory and port, when its
 * postmaster is gone; the connection pool then finds it at the URL it already holds. Only when this JVM started the
 * server: an external database is someone else's to restart, and the pool reconnects when it returns.
 */
@Component
@ConditionalOnProperty(name = "factdesk.embedded-db.active", havingValue = "true")
class EmbeddedPostgresWatchdog implements SmartLifecycle, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    /** The JPA bootstrap runs in the background (ADR 023): the training run waits for it before stopping the server. */
    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private ScheduledExecutorService timer;
    private volatile boolean down;

    EmbeddedPostgresWatchdog(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * The class-data-sharing training run of the production build (pom.xml) sets {@code spring.context.exit=onRefresh}:
     * Spring halts the JVM once every bean is made, before starting any, and without running shutdown hooks, which
     * would leave the embedded server running. Stop it now instead, once nothing uses it.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if ("onRefresh".equals(SpringProperties.getProperty("spring.context.exit"))) {
            entityManagerFactory.ifAvailable(EntityManagerFactory::getMetamodel); // waits for the background bootstrap
            EmbeddedPostgresServer.stop();
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "factdesk-pg-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Whether the last look found the server dead and it has not been restarted yet. */
    boolean restarting() {
        return down;
    }

    void check() {
        if (EmbeddedPostgresServer.alive()) {
            down = false;
            return;
        }
        if (!down) {
            log.error("The embedded PostgreSQL in {} stopped; restarting it", EmbeddedPostgresServer.dataDirectory());
        }
        down = true;
        try {
            EmbeddedPostgresServer.restart();
            down = false;
        } catch (Exception e) {
            log.warn("The embedded PostgreSQL could not be restarted yet ({}); trying again", e.getMessage());
        }
    }
}
