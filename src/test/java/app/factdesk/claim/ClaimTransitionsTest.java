package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The workflow of PRODUCT.md, written out independently of the code and checked for every state, action and role. */
class ClaimTransitionsTest {

    private record Move(ClaimState from, ClaimAction action) {
    }

    private record Expected(ClaimState to, Role minimumRole, boolean reasonRequired) {
    }

    private static final Map<Move, Expected> WORKFLOW = Map.of(
            new Move(ClaimState.DRAFT, ClaimAction.START_VERIFICATION),
            new Expected(ClaimState.IN_VERIFICATION, Role.FACT_CHECKER, false),
            new Move(ClaimState.DRAFT, ClaimAction.REJECT), new Expected(ClaimState.REJECTED, Role.FACT_CHECKER, true),
            new Move(ClaimState.REJECTED, ClaimAction.RESTORE), new Expected(ClaimState.DRAFT, Role.FACT_CHECKER, false),
            new Move(ClaimState.IN_VERIFICATION, ClaimAction.PROPOSE_VERDICT),
            new Expected(ClaimState.VERDICT_PROPOSED, Role.FACT_CHECKER, false),
            new Move(ClaimState.VERDICT_PROPOSED, ClaimAction.RETURN_VERDICT),
            new Expected(ClaimState.IN_VERIFICATION, Role.EDITOR, true),
            new Move(ClaimState.VERDICT_PROPOSED, ClaimAction.APPROVE_VERDICT),
            new Expected(ClaimState.APPROVED, Role.EDITOR, false),
            new Move(ClaimState.APPROVED, ClaimAction.PUBLISH), new Expected(ClaimState.PUBLISHED, Role.EDITOR, false),
            new Move(ClaimState.PUBLISHED, ClaimAction.CORRECT), new Expected(ClaimState.CORRECTED, Role.EDITOR, true),
            new Move(ClaimState.CORRECTED, ClaimAction.CORRECT), new Expected(ClaimState.CORRECTED, Role.EDITOR, true));

    @Test
    void every_state_action_and_role_is_allowed_or_refused_as_the_workflow_says() {
        int checked = 0;
        for (ClaimState from : ClaimState.values()) {
            for (ClaimAction action : ClaimAction.values()) {
                Expected expected = WORKFLOW.get(new Move(from, action));
                for (Role role : Role.values()) {
                    for (String reason : new String[] {null, "a reason"}) {
                        Throwable refused = catchThrowable(() -> ClaimTransitions.apply(from, action, role, reason));
                        String what = from + " × " + action + " × " + role + " × reason=" + reason;
                        if (expected == null) {
                            assertThat(refused).as(what).isInstanceOf(UserFacingException.class)
                                    .hasMessage("claim.transition-not-allowed");
                        } else if (!role.includes(expected.minimumRole())) {
                            assertThat(refused).as(what).isInstanceOf(AccessDeniedException.class);
                        } else if (expected.reasonRequired() && reason == null) {
                            assertThat(refused).as(what).hasMessage("claim.reason-required");
                        } else {
                            assertThat(refused).as(what).isNull();
                            assertThat(ClaimTransitions.apply(from, action, role, reason)).as(what)
                                    .isEqualTo(expected.to());
                        }
                        checked++;
                    }
                }
                for (Role role : Role.values()) {
                    boolean offered = ClaimTransitions.available(from, role).contains(action);
                    assertThat(offered).as("offered " + from + " × " + action + " × " + role)
                            .isEqualTo(expected != null && role.includes(expected.minimumRole()));
                }
            }
        }
        assertThat(checked).isEqualTo(ClaimState.values().length * ClaimAction.values().length * 4 * 2);
    }

    @Test
    void a_draft_is_rejected_only_with_a_reason() {
        assertThatThrownBy(() -> ClaimTransitions.apply(ClaimState.DRAFT, ClaimAction.REJECT, Role.FACT_CHECKER, " "))
                .hasMessage("claim.reason-required");
    }

    @Test
    void only_drafts_and_claims_in_verification_are_editable() {
        assertThat(ClaimTransitions.editable(ClaimState.DRAFT)).isTrue();
        assertThat(ClaimTransitions.editable(ClaimState.IN_VERIFICATION)).isTrue();
        assertThat(ClaimTransitions.editable(ClaimState.REJECTED)).isFalse();
        assertThat(ClaimTransitions.editable(ClaimState.PUBLISHED)).isFalse();
    }
}
