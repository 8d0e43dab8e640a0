package app.factdesk.shared.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for other servers' change notices on a dedicated PostgreSQL connection (not from the pool). When the
 * connection drops it reconnects with exponential backoff and then tells every view to re-query, since notices may
 * have been missed. Its own echoes are ignored: they were delivered locally already.
 */
@Component
public class ChangeListener implements SmartLifecycle, Runnable {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ChangeFeed feed;
    private final DataSourceProperties datasource;
    private final ObjectMapper json;
    private volatile boolean running;
    private volatile Connection connection;
    private volatile int reconnects;
    private Thread thread;

    ChangeListener(ChangeFeed feed, DataSourceProperties datasource, ObjectMapper json) {
        this.feed = feed;
        this.datasource = datasource;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this, "factdesk-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Times the connection was re-established after a failure (for tests and logs). */
    public int reconnects() {
        return reconnects;
    }

    /** Drops the listen connection as a network failure would; the loop reconnects (tests). */
    public void dropConnection() {
        closeQuietly();
    }

    @Override
    public void run() {
        long backoff = 100;
        boolean first = true;
        while (running) {
            try {
                listen();
                if (!first) {
                    reconnects++;
                    log.info("Change listener reconnected; asking views to refresh");
                    feed.dispatch(new ChangeNotice(0, ChangeNotice.RESYNC, 0, 0, feed.instanceId()));
                }
                first = false;
                backoff = 100;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            receive(note.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                first = false;
                log.warn("Change listener lost its connection ({}); retrying in {} ms", e.getMessage(), backoff);
                closeQuietly();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private void listen() throws SQLException {
        connection = DriverManager.getConnection(datasource.determineUrl(), datasource.determineUsername(),
                datasource.determinePassword());
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeFeed.CHANNEL);
        }
    }

    private void receive(String payload) {
        try {
            ChangeNotice notice = json.readValue(payload, ChangeNotice.class);
            if (!feed.instanceId().equals(notice.origin())) {
                feed.dispatch(notice);
            }
        } catch (java.io.IOException e) {
            log.warn("Ignoring a malformed change notice: {}", payload);
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }
}
