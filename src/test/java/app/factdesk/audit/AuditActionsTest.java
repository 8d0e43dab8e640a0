package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.claim.ClaimAction;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditActionsTest {

    @Test
    void old_names_already_in_chains_read_as_the_new_past_tense_names() {
        assertThat(AuditActions.label("claim.propose_verdicted")).isEqualTo("claim.verdict_proposed");
        assertThat(AuditActions.label("claim.approve_verdicted")).isEqualTo("claim.verdict_approved");
        assertThat(AuditActions.label("claim.return_verdicted")).isEqualTo("claim.verdict_returned");
        assertThat(AuditActions.label("claim.start_verificationed")).isEqualTo("claim.verification_started");
        assertThat(AuditActions.label("verdict.proposed")).isEqualTo("verdict.proposed");
    }

    @Test
    void every_claim_move_has_a_past_tense_name_and_no_two_share_one() {
        assertThat(Arrays.stream(ClaimAction.values()).map(ClaimAction::auditAction))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("claim\\.[a-z_]+(ed|ted)"))
                .noneMatch(name -> name.endsWith("verdicted") || name.endsWith("ationed"));
    }
}
