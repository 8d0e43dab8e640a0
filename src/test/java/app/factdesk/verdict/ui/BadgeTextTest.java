package app.factdesk.verdict.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeTextTest {

    @Test
    void everyDefaultRatingColourGetsReadableText() {
        for (String colour : List.of("#2e7d32", "#689f38", "#f9a825", "#ef6c00", "#d84315", "#c62828", "#757575")) {
            assertThat(BadgeText.contrast(colour, BadgeText.on(colour))).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void mostlyTrueGreenGetsBlackTextBecauseWhiteIsOnly3To1() {
        assertThat(BadgeText.contrast("#689f38", "#ffffff")).isLessThan(4.5);
        assertThat(BadgeText.on("#689f38")).isEqualTo("#000000");
        assertThat(BadgeText.on("#2e7d32")).isEqualTo("#ffffff");
    }

    @Test
    void malformedColourFallsBackToWhite() {
        assertThat(BadgeText.on("red")).isEqualTo("#ffffff");
        assertThat(BadgeText.on(null)).isEqualTo("#ffffff");
    }
}
