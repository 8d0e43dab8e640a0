package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-11-30T10:00:00Z");

    private LockoutPolicy.State fail(int times, Duration spacing) {
        LockoutPolicy.State state = LockoutPolicy.State.CLEAR;
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, start.plus(spacing.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void nine_failures_in_the_window_do_not_lock() {
        LockoutPolicy.State state = fail(9, Duration.ofMinutes(1));
        assertThat(policy.isLocked(state, start.plusSeconds(9 * 60))).isFalse();
        assertThat(state.failures()).isEqualTo(9);
    }

    @Test
    void the_tenth_failure_within_fifteen_minutes_locks_for_fifteen_minutes() {
        LockoutPolicy.State state = fail(10, Duration.ofMinutes(1));
        Instant tenth = start.plus(Duration.ofMinutes(9));
        assertThat(state.lockedUntil()).isEqualTo(tenth.plus(Duration.ofMinutes(15)));
        assertThat(policy.isLocked(state, tenth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(policy.isLocked(state, tenth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_spread_beyond_the_window_never_lock() {
        LockoutPolicy.State state = fail(30, Duration.ofMinutes(2));
        assertThat(state.lockedUntil()).isNull();
        assertThat(state.failures()).isLessThan(10);
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        LockoutPolicy.State locked = fail(10, Duration.ofSeconds(1));
        LockoutPolicy.State again = policy.afterFailure(locked, start.plus(Duration.ofMinutes(5)));
        assertThat(again).isEqualTo(locked);
    }

    @Test
    void after_the_lock_expires_counting_starts_again() {
        LockoutPolicy.State locked = fail(10, Duration.ofSeconds(1));
        LockoutPolicy.State next = policy.afterFailure(locked, locked.lockedUntil().plusSeconds(1));
        assertThat(policy.isLocked(next, locked.lockedUntil().plusSeconds(1))).isFalse();
        assertThat(next.failures()).isEqualTo(1);
    }

    @Test
    void a_success_clears_the_count() {
        assertThat(policy.afterSuccess()).isEqualTo(LockoutPolicy.State.CLEAR);
    }
}
