package app.factdesk.shared.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Long> notices = new ArrayList<>();
    private final Presence presence = new Presence((workspace, topicId) -> notices.add(topicId), now::get,
            Duration.ofSeconds(50));

    @AfterEach
    void stop() {
        presence.stop();
    }

    @Test
    void a_viewer_whose_browser_falls_silent_is_gone_within_a_minute_and_others_are_told() {
        AtomicLong amalHeard = new AtomicLong(now.get());
        AtomicLong basimHeard = new AtomicLong(now.get());
        presence.enter("article:7", 1, 7, new Presence.Viewer(1, "Amal"), amalHeard::get);
        presence.enter("article:7", 1, 7, new Presence.Viewer(2, "Basim"), basimHeard::get);
        notices.clear();

        // Amal's tab keeps sending heartbeats every 15 s; Basim closed his browser at once.
        for (int second = 15; second <= 45; second += 15) {
            now.set(1_000_000 + second * 1000L);
            amalHeard.set(now.get());
            presence.sweep();
        }
        assertThat(presence.viewers("article:7")).extracting(Presence.Viewer::name).containsExactly("Amal", "Basim");
        assertThat(notices).isEmpty();

        now.set(1_000_000 + 55_000);
        amalHeard.set(now.get());
        presence.sweep();
        assertThat(presence.viewers("article:7")).extracting(Presence.Viewer::name).containsExactly("Amal");
        assertThat(notices).containsExactly(7L);

        // A throttled background tab that speaks again comes back.
        basimHeard.set(now.get());
        presence.sweep();
        assertThat(presence.viewers("article:7")).extracting(Presence.Viewer::name).containsExactly("Amal", "Basim");
        assertThat(notices).containsExactly(7L, 7L);
    }

    @Test
    void leaving_removes_the_viewer_at_once() {
        var registration = presence.enter("article:8", 1, 8, new Presence.Viewer(3, "Chadi"), now::get);
        registration.remove();
        assertThat(presence.viewers("article:8")).isEmpty();
        assertThat(notices).containsExactly(8L, 8L);
    }
}
