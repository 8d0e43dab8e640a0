package app.factdesk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Growing delays for one account from one place (a client address or a trusted device): the first
 * {@code freeFailures - 1} failures cost nothing, then each failure blocks that place for {@code firstDelay}, doubled
 * per further failure up to {@code maxDelay}. A quiet {@code window} after the last failure starts the count afresh.
 * Pure: the caller stores the state.
 */
public record PlaceThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {

    public record State(int failures, Instant lastFailure, Instant blockedUntil) {
        public static final State CLEAR = new State(0, null, null);
    }

    public boolean isBlocked(State state, Instant now) {
        return state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }

    public State afterFailure(State state, Instant now) {
        boolean recent = state.lastFailure() != null && now.isBefore(state.lastFailure().plus(window));
        int failures = recent ? state.failures() + 1 : 1;
        return new State(failures, now, failures < freeFailures ? null : now.plus(delay(failures)));
    }

    /** The block after the {@code failures}-th failure in a row. */
    public Duration delay(int failures) {
        int doublings = Math.min(Math.max(0, failures - freeFailures), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
