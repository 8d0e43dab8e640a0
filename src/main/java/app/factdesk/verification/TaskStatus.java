package app.factdesk.verification;

import java.util.Set;

/** Where a task stands: {@code OPEN → IN_PROGRESS → DONE}, or {@code CANCELLED} (with a reason) before it is done. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    /** Whether a task in this status may move to {@code next}. */
    public boolean canMoveTo(TaskStatus next) {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, CANCELLED).contains(next);
            case IN_PROGRESS -> Set.of(DONE, CANCELLED).contains(next);
            case DONE, CANCELLED -> false;
        };
    }

    /** Open or in progress: still work to do. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
