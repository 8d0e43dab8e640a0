package app.factdesk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after too many failed sign-ins from anywhere in a sliding window: {@code maxFailures} failures
 * within {@code window} lock it for {@code lockDuration}, for places that never signed in to it (ADR 015). Pure: the
 * caller stores the state.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public record State(int failures, Instant windowStart, Instant lockedUntil) {
        public static final State CLEAR = new State(0, null, null);
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failure; the result is locked when this failure reaches the limit. */
    public State afterFailure(State state, Instant now) {
        if (isLocked(state, now)) {
            return state;
        }
        boolean windowOpen = state.windowStart() != null && now.isBefore(state.windowStart().plus(window));
        int failures = windowOpen ? state.failures() + 1 : 1;
        Instant windowStart = windowOpen ? state.windowStart() : now;
        if (failures >= maxFailures) {
            return new State(0, null, now.plus(lockDuration));
        }
        return new State(failures, windowStart, null);
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
