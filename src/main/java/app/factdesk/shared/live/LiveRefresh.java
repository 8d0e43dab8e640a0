package app.factdesk.shared.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Keeps a view current: while it is attached, relevant change notices of its workspace (and resyncs) refresh it,
 * debounced to at most one refresh per {@link #INTERVAL}. The subscription is made on attach and removed on detach,
 * so closed views leave nothing behind.
 */
public final class LiveRefresh {

    public static final Duration INTERVAL = Duration.ofMillis(250);

    private LiveRefresh() {
    }

    public static void refreshOnChange(Component view, ChangeFeed feed, long workspace,
            Predicate<ChangeNotice> relevant, Runnable refresh) {
        view.addAttachListener(attach -> {
            Debouncer debouncer = new Debouncer(feed.timer(), attach.getUI(), INTERVAL, refresh);
            Registration subscription = feed.subscribe(workspace, notice -> {
                if (notice.isResync() || relevant.test(notice)) {
                    debouncer.trigger();
                }
            });
            view.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    public static Predicate<ChangeNotice> ofType(String... types) {
        java.util.Set<String> wanted = java.util.Set.of(types);
        return notice -> wanted.contains(notice.type());
    }
}
