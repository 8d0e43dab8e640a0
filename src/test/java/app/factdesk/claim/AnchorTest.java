package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnchorTest {

    private static final String BODY = "Peskov said: \"talks continue\". 😀 Then Psaki spoke.";

    @Test
    void keeps_the_exact_quote_and_up_to_32_characters_of_context() {
        int start = BODY.indexOf("talks");
        Anchor anchor = Anchor.verify(BODY, start, start + 15, "talks continue\"");
        assertThat(anchor.exact()).isEqualTo("talks continue\"");
        assertThat(anchor.prefix()).isEqualTo("Peskov said: \"");
        assertThat(anchor.suffix()).hasSizeLessThanOrEqualTo(Anchor.CONTEXT).startsWith(". 😀");
    }

    @Test
    void refuses_a_quote_that_differs_from_the_body_there() {
        assertThatThrownBy(() -> Anchor.verify(BODY, 0, 6, "Psaki!")).hasMessage("claim.anchor-stale");
    }

    @Test
    void refuses_offsets_outside_the_body_or_an_empty_span() {
        assertThatThrownBy(() -> Anchor.verify(BODY, -1, 3, "Pe")).hasMessage("claim.anchor-invalid");
        assertThatThrownBy(() -> Anchor.verify(BODY, 3, 3, "")).hasMessage("claim.anchor-invalid");
        assertThatThrownBy(() -> Anchor.verify(BODY, 0, BODY.length() + 1, BODY)).hasMessage("claim.anchor-invalid");
    }

    @Test
    void refuses_a_span_that_cuts_a_surrogate_pair_in_half() {
        int emoji = BODY.indexOf("😀");
        assertThatThrownBy(() -> Anchor.verify(BODY, emoji + 1, emoji + 6, BODY.substring(emoji + 1, emoji + 6)))
                .hasMessage("claim.anchor-invalid");
        assertThat(Anchor.verify(BODY, emoji, emoji + 2, "😀").exact()).isEqualTo("😀");
    }
}
