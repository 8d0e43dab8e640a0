package app.factdesk.discussion;

import java.time.Duration;
import java.time.Instant;

/** Authors may edit or delete their own comment for a short while after posting it, not later. */
final class EditWindow {

    static final Duration LENGTH = Duration.ofMinutes(15);

    private EditWindow() {
    }

    /** Whether a comment posted at {@code postedAt} may still change at {@code now} (the 15th minute included). */
    static boolean isOpen(Instant postedAt, Instant now) {
        return !now.isAfter(postedAt.plus(LENGTH));
    }
}
