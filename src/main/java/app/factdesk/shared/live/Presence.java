package app.factdesk.shared.live;

import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is looking at what right now on this server: a view enters a topic (e.g. {@code article:42}) when attached and
 * leaves when detached; every change is announced as a {@code presence} notice so the other viewers refresh their
 * avatars. Presence is per server: behind a load balancer, people on another instance are not listed.
 */
@Component
public class Presence {

    /** One person viewing a topic. */
    public record Viewer(long userId, String name) {
    }

    private record Entry(long workspace, Viewer viewer) {
    }

    private final Map<String, Map<String, Entry>> topics = new ConcurrentHashMap<>();
    private final ChangeFeed feed;

    Presence(ChangeFeed feed) {
        this.feed = feed;
    }

    /** Records that this user views the topic until the registration is removed. */
    public Registration enter(String topic, long workspace, long topicId, Viewer viewer) {
        String key = UUID.randomUUID().toString();
        topics.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).put(key, new Entry(workspace, viewer));
        feed.announce(workspace, "presence", topicId, 0);
        return () -> {
            boolean[] left = {false};
            topics.computeIfPresent(topic, (t, viewers) -> {
                left[0] = viewers.remove(key) != null;
                return viewers.isEmpty() ? null : viewers;
            });
            if (left[0]) {
                feed.announce(workspace, "presence", topicId, 0);
            }
        };
    }

    /** The people viewing a topic, each once, by name. */
    public List<Viewer> viewers(String topic) {
        Collection<Entry> entries = topics.getOrDefault(topic, Map.of()).values();
        Map<Long, Viewer> byUser = new LinkedHashMap<>();
        entries.forEach(e -> byUser.putIfAbsent(e.viewer().userId(), e.viewer()));
        return byUser.values().stream().sorted(Comparator.comparing(Viewer::name)).toList();
    }
}
