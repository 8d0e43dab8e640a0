package app.factdesk.shared.live;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change notices into at most one refresh per interval for one view: the first notice schedules a
 * refresh, later ones in the same interval join it. The refresh runs in {@link UI#access}, never on this thread.
 */
public final class Debouncer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-live-debounce");
        t.setDaemon(true);
        return t;
    });

    private final UI ui;
    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Debouncer(UI ui, Duration interval, Runnable refresh) {
        this.ui = ui;
        this.interval = interval;
        this.refresh = refresh;
    }

    public void trigger() {
        if (scheduled.compareAndSet(false, true)) {
            TIMER.schedule(() -> ui.access(() -> {
                scheduled.set(false);
                refresh.run();
            }), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
