package app.factdesk.shared.live;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change notices into at most one refresh per interval for one view: the first notice schedules a
 * refresh, later ones in the same interval join it. The refresh runs in {@link UI#access}, never on this thread.
 */
public final class Debouncer {

    private final ScheduledExecutorService timer;
    private final UI ui;
    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Debouncer(ScheduledExecutorService timer, UI ui, Duration interval, Runnable refresh) {
        this.timer = timer;
        this.ui = ui;
        this.interval = interval;
        this.refresh = refresh;
    }

    public void trigger() {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(() -> ui.access(() -> {
                scheduled.set(false);
                refresh.run();
            }), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
