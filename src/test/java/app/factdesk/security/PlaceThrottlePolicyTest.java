package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceThrottlePolicyTest {

    private final PlaceThrottlePolicy policy = new PlaceThrottlePolicy(3, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-12-02T10:00:00Z");

    private PlaceThrottlePolicy.State fail(int times) {
        PlaceThrottlePolicy.State state = PlaceThrottlePolicy.State.CLEAR;
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, start.plusSeconds(i));
        }
        return state;
    }

    @Test
    void two_failures_cost_nothing_and_the_third_blocks_for_a_second() {
        assertThat(policy.isBlocked(fail(2), start.plusSeconds(1))).isFalse();
        PlaceThrottlePolicy.State third = fail(3);
        assertThat(policy.isBlocked(third, start.plusSeconds(2))).isTrue();
        assertThat(policy.isBlocked(third, start.plusSeconds(3))).isFalse();
    }

    @Test
    void every_further_failure_doubles_the_delay_up_to_the_maximum() {
        assertThat(policy.delay(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.delay(13)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delay(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_quiet_window_starts_the_count_afresh() {
        PlaceThrottlePolicy.State later = policy.afterFailure(fail(5), start.plus(Duration.ofMinutes(20)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.blockedUntil()).isNull();
    }
}
