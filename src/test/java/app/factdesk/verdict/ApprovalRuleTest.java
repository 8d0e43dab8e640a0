package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalRuleTest {

    @Test
    void the_proposer_can_never_approve_their_own_verdict() {
        assertThatThrownBy(() -> new ApprovalRule(1).check(7, 7, Set.of())).hasMessage("verdict.own-verdict");
    }

    @Test
    void an_editor_signs_a_verdict_only_once() {
        assertThatThrownBy(() -> new ApprovalRule(2).check(7, 8, Set.of(8L))).hasMessage("verdict.already-signed");
        new ApprovalRule(2).check(7, 9, Set.of(8L));
    }

    @Test
    void one_approval_is_enough_by_default_and_two_under_the_two_editor_rule() {
        assertThat(new ApprovalRule(1).reached(1)).isTrue();
        assertThat(new ApprovalRule(2).reached(1)).isFalse();
        assertThat(new ApprovalRule(2).reached(2)).isTrue();
    }

    @Test
    void a_rule_needs_at_least_one_approval() {
        assertThatThrownBy(() -> new ApprovalRule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
