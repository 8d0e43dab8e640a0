package app.factdesk.security;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The throttle rows of {@code sign_in_throttle}: one per account and place, and one per account for all places
 * ({@link #ANYWHERE}). Reads lock the row, so parallel attempts on one account and place are counted one by one.
 */
@Component
class SignInThrottleStore {

    static final String ANYWHERE = "*";

    private final JdbcTemplate jdbc;

    SignInThrottleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PlaceThrottlePolicy.State place(String username, String place) {
        return jdbc.query("select failures, last_failure_at, blocked_until from sign_in_throttle "
                + "where username = ? and place = ? for update", rs -> rs.next()
                        ? new PlaceThrottlePolicy.State(rs.getInt(1), instant(rs.getTimestamp(2)),
                                instant(rs.getTimestamp(3)))
                        : PlaceThrottlePolicy.State.CLEAR, username, place);
    }

    LockoutPolicy.State anywhere(String username) {
        PlaceThrottlePolicy.State row = place(username, ANYWHERE);
        return new LockoutPolicy.State(row.failures(), row.lastFailure(), row.blockedUntil());
    }

    void save(String username, String place, PlaceThrottlePolicy.State state) {
        jdbc.update("""
                insert into sign_in_throttle (username, place, failures, last_failure_at, blocked_until)
                values (?, ?, ?, ?, ?)
                on conflict (username, place) do update set failures = excluded.failures,
                    last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until
                """, username, place, state.failures(), timestamp(state.lastFailure()),
                timestamp(state.blockedUntil()));
    }

    void saveAnywhere(String username, LockoutPolicy.State state, Instant now) {
        save(username, ANYWHERE, new PlaceThrottlePolicy.State(state.failures(),
                state.windowStart() == null ? now : state.windowStart(), state.lockedUntil()));
    }

    /**
     * After a success from {@code place}: that place starts afresh, and so does the account-wide count unless it holds
     * a lock, which stays for places that never signed in until it runs out.
     */
    void clear(String username, String place, Instant now) {
        jdbc.update("delete from sign_in_throttle where username = ? and (place = ? or place = ? and "
                + "(blocked_until is null or blocked_until <= ?))", username, place, ANYWHERE, Timestamp.from(now));
    }

    /** An installation admin lifted the account's lock: every place starts afresh. */
    void forget(String username) {
        jdbc.update("delete from sign_in_throttle where username = ?", username);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
