package app.factdesk.verdict;

import app.factdesk.claim.ClaimAction;
import app.factdesk.claim.ClaimState;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule table of the sign-off workflow (ADR 009): for each verdict step, first verdict or correction, which
 * claim states it may start from and what it does to the claim. {@link VerdictService} is the only place that applies
 * it, in the transaction that changes the verdict.
 */
final class SignOffRules {

    /** A step of the sign-off. */
    enum Step {
        PROPOSE, APPROVE, RETURN, PUBLISH
    }

    /** One row: the step, whether the verdict is a correction, the claim states it needs, the claim's move. */
    record Rule(Step step, boolean correction, Set<ClaimState> claimStates, ClaimAction claimAction) {

        Optional<ClaimAction> claimMove() {
            return Optional.ofNullable(claimAction);
        }
    }

    static final List<Rule> TABLE = List.of(
            new Rule(Step.PROPOSE, false, EnumSet.of(ClaimState.IN_VERIFICATION), ClaimAction.PROPOSE_VERDICT),
            new Rule(Step.PROPOSE, true, EnumSet.of(ClaimState.PUBLISHED, ClaimState.CORRECTED), null),
            new Rule(Step.APPROVE, false, EnumSet.of(ClaimState.VERDICT_PROPOSED), ClaimAction.APPROVE_VERDICT),
            new Rule(Step.APPROVE, true, EnumSet.of(ClaimState.PUBLISHED, ClaimState.CORRECTED), null),
            new Rule(Step.RETURN, false, EnumSet.of(ClaimState.VERDICT_PROPOSED), ClaimAction.RETURN_VERDICT),
            new Rule(Step.RETURN, true, EnumSet.of(ClaimState.PUBLISHED, ClaimState.CORRECTED), null),
            new Rule(Step.PUBLISH, false, EnumSet.of(ClaimState.APPROVED), ClaimAction.PUBLISH),
            new Rule(Step.PUBLISH, true, EnumSet.of(ClaimState.PUBLISHED, ClaimState.CORRECTED), ClaimAction.CORRECT));

    private SignOffRules() {
    }

    static Rule rule(Step step, boolean correction) {
        return TABLE.stream().filter(r -> r.step() == step && r.correction() == correction).findFirst()
                .orElseThrow();
    }

    /** Whether a proposal on a claim in this state is a correction; empty when no verdict may be proposed. */
    static Optional<Boolean> proposalIsCorrection(ClaimState state) {
        return TABLE.stream().filter(r -> r.step() == Step.PROPOSE && r.claimStates().contains(state))
                .map(Rule::correction).findFirst();
    }
}
