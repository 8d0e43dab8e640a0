package app.factdesk.shared;

import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers now, asked at most every two seconds: the health endpoint's {@code db} component
 * (DOWN with the reason as the status description, which the public health answer shows without details) and the
 * login page, which says "unavailable, retrying" instead of "wrong password" while it is down.
 */
@Component("dbHealthIndicator")
public class DatabaseStatus extends AbstractHealthIndicator {

    static final String UNAVAILABLE = "The database is unavailable; retrying";
    private static final Duration FRESH = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private long checkedAt = System.nanoTime() - 2 * FRESH.toNanos();
    private Optional<String> problem = Optional.empty();

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Why the database is unavailable now, or empty when it answered. */
    public synchronized Optional<String> problem() {
        if (System.nanoTime() - checkedAt > FRESH.toNanos()) {
            problem = probe();
            checkedAt = System.nanoTime();
        }
        return problem;
    }

    /** Whether the database answered. */
    public boolean available() {
        return problem().isEmpty();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<String> now = problem();
        if (now.isEmpty()) {
            builder.up();
        } else {
            builder.status(new Status(Status.DOWN.getCode(), now.get()));
        }
    }

    private Optional<String> probe() {
        if (!EmbeddedPostgresServer.alive()) {
            return Optional.of(UNAVAILABLE + " (the embedded PostgreSQL is restarting)");
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? Optional.empty() : Optional.of(UNAVAILABLE + " (no answer)");
        } catch (Exception e) {
            return Optional.of(UNAVAILABLE + (DatabaseUnavailable.isCause(e) ? " (no connection)" : " (error)"));
        }
    }
}
