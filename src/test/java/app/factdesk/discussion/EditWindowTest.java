package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditWindowTest {

    private static final Instant POSTED = Instant.parse("2021-10-14T09:00:00Z");

    @Test
    void a_comment_may_change_up_to_and_including_the_fifteenth_minute() {
        assertThat(EditWindow.isOpen(POSTED, POSTED)).isTrue();
        assertThat(EditWindow.isOpen(POSTED, POSTED.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void a_comment_is_frozen_a_moment_after_fifteen_minutes() {
        assertThat(EditWindow.isOpen(POSTED, POSTED.plus(Duration.ofMinutes(15)).plusMillis(1))).isFalse();
        assertThat(EditWindow.isOpen(POSTED, POSTED.plus(Duration.ofHours(3)))).isFalse();
    }
}
