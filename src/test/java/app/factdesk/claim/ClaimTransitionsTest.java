package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ClaimTransitionsTest {

    @Test
    void a_draft_is_rejected_only_with_a_reason() {
        assertThatThrownBy(() -> ClaimTransitions.apply(ClaimState.DRAFT, ClaimAction.REJECT, Role.FACT_CHECKER, " "))
                .hasMessage("claim.reason-required");
        assertThat(ClaimTransitions.apply(ClaimState.DRAFT, ClaimAction.REJECT, Role.FACT_CHECKER, "opinion"))
                .isEqualTo(ClaimState.REJECTED);
    }

    @Test
    void a_rejected_claim_is_restored_to_draft() {
        assertThat(ClaimTransitions.apply(ClaimState.REJECTED, ClaimAction.RESTORE, Role.EDITOR, null))
                .isEqualTo(ClaimState.DRAFT);
    }

    @Test
    void viewers_may_not_reject_and_are_offered_nothing() {
        assertThatThrownBy(() -> ClaimTransitions.apply(ClaimState.DRAFT, ClaimAction.REJECT, Role.VIEWER, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ClaimTransitions.available(ClaimState.DRAFT, Role.VIEWER)).isEmpty();
        assertThat(ClaimTransitions.available(ClaimState.DRAFT, Role.FACT_CHECKER)).containsExactly(ClaimAction.REJECT);
    }

    @Test
    void moves_that_are_not_in_the_table_are_refused() {
        assertThatThrownBy(() -> ClaimTransitions.apply(ClaimState.REJECTED, ClaimAction.REJECT, Role.ADMIN, "again"))
                .hasMessage("claim.transition-not-allowed");
        assertThatThrownBy(() -> ClaimTransitions.apply(ClaimState.DRAFT, ClaimAction.RESTORE, Role.ADMIN, null))
                .hasMessage("claim.transition-not-allowed");
    }

    @Test
    void only_drafts_and_claims_in_verification_are_editable() {
        assertThat(ClaimTransitions.editable(ClaimState.DRAFT)).isTrue();
        assertThat(ClaimTransitions.editable(ClaimState.IN_VERIFICATION)).isTrue();
        assertThat(ClaimTransitions.editable(ClaimState.REJECTED)).isFalse();
        assertThat(ClaimTransitions.editable(ClaimState.PUBLISHED)).isFalse();
    }
}
