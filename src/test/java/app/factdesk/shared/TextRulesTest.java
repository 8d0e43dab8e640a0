package app.factdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void refuses_nul_lone_surrogates_and_control_characters() {
        for (String bad : List.of("a\u0000b", "x\uD800", "\uDC00x", "bell\u0007", "del\u007f", "\uDBFF\uDBFF")) {
            assertThat(TextRules.isValidMultiline(bad)).as(bad).isFalse();
        }
    }

    @Test
    void accepts_any_script_emoji_and_direction_marks_as_they_are() {
        for (String good : List.of("قال المتحدث", "😀 ok", "\u202Eevil\u202C", "' OR 1=1; --", "(a+)+$[\\", "")) {
            assertThat(TextRules.isValidLine(good)).as(good).isTrue();
        }
    }

    @Test
    void line_breaks_and_tabs_only_in_multi_line_fields() {
        assertThat(TextRules.isValidLine("one\ntwo")).isFalse();
        assertThat(TextRules.isValidMultiline("one\r\n\ttwo")).isTrue();
        assertThat(TextRules.isMultiline("fields.statement")).isTrue();
        assertThat(TextRules.isMultiline("title")).isFalse();
    }

    @Test
    void the_guard_names_the_field_of_a_nested_record_and_refuses_null_elements_and_far_dates() {
        record Inner(String statement, List<Long> sourceIds) {
        }
        record Command(String title, Inner fields, LocalDate day) {
        }
        assertThatThrownBy(() -> InputGuard.check("command", new Command("a\u0000", null, null), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> InputGuard.check("command",
                new Command("ok", new Inner("fine\nlines", Arrays.asList(1L, null)), null), 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("fields.sourceIds"));
        assertThatThrownBy(() -> InputGuard.check("command", new Command("ok", null, LocalDate.of(-5, 1, 1)), 0))
                .hasMessage("input.date-out-of-range");
        assertThatThrownBy(() -> InputGuard.check("offset", Integer.MAX_VALUE, 0))
                .hasMessage("input.offset-out-of-range");
    }
}
