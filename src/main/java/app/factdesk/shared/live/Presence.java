package app.factdesk.shared.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is looking at what right now on this server: a view enters a topic (e.g. {@code article:42}) when attached and
 * leaves when detached; every change is announced as a {@code presence} notice so the other viewers refresh their
 * avatars. Presence is per server: behind a load balancer, people on another instance are not listed.
 *
 * <p>A closed browser never detaches its view at once: Vaadin closes a UI only after missed heartbeats and only when
 * that session sends another request. So each viewer also says when its browser was last heard from (the UI's last
 * heartbeat, every {@code vaadin.heartbeatInterval} seconds); a sweep every few seconds hides viewers not heard
 * from within {@code factdesk.presence.timeout} and shows them again if their browser speaks again (a throttled
 * background tab).
 */
@Component
public class Presence {

    /** One person viewing a topic. */
    public record Viewer(long userId, String name) {
    }

    /** Tells the other viewers of a topic to refresh. */
    interface Announcer {
        void presenceChanged(long workspace, long topicId);
    }

    private static final class Entry {
        final long workspace;
        final long topicId;
        final Viewer viewer;
        final LongSupplier lastHeard;
        volatile boolean shown = true;

        Entry(long workspace, long topicId, Viewer viewer, LongSupplier lastHeard) {
            this.workspace = workspace;
            this.topicId = topicId;
            this.viewer = viewer;
            this.lastHeard = lastHeard;
        }
    }

    private final Map<String, Map<String, Entry>> topics = new ConcurrentHashMap<>();
    private final Announcer announcer;
    private final LongSupplier clock;
    private final long timeoutMillis;
    private final ScheduledExecutorService sweeper;

    @Autowired
    Presence(ChangeFeed feed, @Value("${factdesk.presence.timeout:50s}") Duration timeout) {
        this((workspace, topicId) -> feed.announce(workspace, "presence", topicId, 0), System::currentTimeMillis,
                timeout);
    }

    Presence(Announcer announcer, LongSupplier clock, Duration timeout) {
        this.announcer = announcer;
        this.clock = clock;
        this.timeoutMillis = timeout.toMillis();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "presence-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    /** Records that this user views the topic until the registration is removed or the browser falls silent. */
    public Registration enter(String topic, long workspace, long topicId, Viewer viewer, LongSupplier lastHeard) {
        String key = UUID.randomUUID().toString();
        topics.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                .put(key, new Entry(workspace, topicId, viewer, lastHeard));
        announcer.presenceChanged(workspace, topicId);
        return () -> {
            boolean[] left = {false};
            topics.computeIfPresent(topic, (t, viewers) -> {
                left[0] = viewers.remove(key) != null;
                return viewers.isEmpty() ? null : viewers;
            });
            if (left[0]) {
                announcer.presenceChanged(workspace, topicId);
            }
        };
    }

    /** The people viewing a topic whose browsers were heard from lately, each once, by name. */
    public List<Viewer> viewers(String topic) {
        Collection<Entry> entries = topics.getOrDefault(topic, Map.of()).values();
        Map<Long, Viewer> byUser = new LinkedHashMap<>();
        entries.stream().filter(e -> e.shown).forEach(e -> byUser.putIfAbsent(e.viewer.userId(), e.viewer));
        return byUser.values().stream().sorted(Comparator.comparing(Viewer::name)).toList();
    }

    /** Hides viewers whose browsers fell silent, shows those heard from again, and tells the topic's viewers. */
    void sweep() {
        long now = clock.getAsLong();
        topics.values().forEach(viewers -> viewers.values().forEach(entry -> {
            boolean heard = now - entry.lastHeard.getAsLong() <= timeoutMillis;
            if (heard != entry.shown) {
                entry.shown = heard;
                announcer.presenceChanged(entry.workspace, entry.topicId);
            }
        }));
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
