package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.claim.ClaimState;
import app.factdesk.claim.ClaimTransitions;
import app.factdesk.security.Role;
import org.junit.jupiter.api.Test;

/** The sign-off rule table, checked in every cell: step × first verdict or correction × claim state. */
class SignOffRulesTest {

    @Test
    void every_step_and_kind_has_exactly_one_rule() {
        for (SignOffRules.Step step : SignOffRules.Step.values()) {
            for (boolean correction : new boolean[] {false, true}) {
                assertThat(SignOffRules.TABLE.stream().filter(r -> r.step() == step && r.correction() == correction))
                        .as("%s correction=%s", step, correction).hasSize(1);
            }
        }
    }

    @Test
    void each_claim_move_the_table_asks_for_is_one_the_claim_state_machine_allows_to_the_right_role() {
        for (SignOffRules.Rule rule : SignOffRules.TABLE) {
            Role least = rule.step() == SignOffRules.Step.PROPOSE ? Role.FACT_CHECKER : Role.EDITOR;
            for (ClaimState state : ClaimState.values()) {
                boolean allowed = rule.claimStates().contains(state);
                rule.claimMove().ifPresent(move -> {
                    boolean inTable = ClaimTransitions.find(state, move).isPresent();
                    assertThat(inTable).as("%s from %s", move, state).isEqualTo(allowed);
                    if (allowed) {
                        assertThat(ClaimTransitions.find(state, move).orElseThrow().minimumRole()).isEqualTo(least);
                    }
                });
            }
        }
    }

    @Test
    void corrections_leave_the_claim_alone_until_they_are_published() {
        for (SignOffRules.Rule rule : SignOffRules.TABLE) {
            if (rule.correction()) {
                assertThat(rule.claimStates()).containsExactlyInAnyOrder(ClaimState.PUBLISHED, ClaimState.CORRECTED);
                assertThat(rule.claimMove().isPresent()).as(rule.step().name())
                        .isEqualTo(rule.step() == SignOffRules.Step.PUBLISH);
            }
        }
    }

    @Test
    void a_proposal_is_a_first_verdict_in_verification_a_correction_once_published_and_otherwise_refused() {
        for (ClaimState state : ClaimState.values()) {
            var kind = SignOffRules.proposalIsCorrection(state);
            switch (state) {
                case IN_VERIFICATION -> assertThat(kind).contains(false);
                case PUBLISHED, CORRECTED -> assertThat(kind).contains(true);
                default -> assertThat(kind).as(state.name()).isEmpty();
            }
        }
    }
}
