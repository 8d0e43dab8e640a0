package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class VerdictSignOffIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;

    private VerdictDesk.Desk desk;

    @BeforeEach
    void freshDesk() {
        desk = desks.create();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long label(String english) {
        return ratings.activeLabels().stream().filter(l -> l.labelEn().equals(english)).findFirst().orElseThrow().id();
    }

    private VerdictRow propose(String username, String rating) {
        return users.as(username, () -> verdicts.propose(new ProposeVerdict(desk.claimId(), label(rating),
                "The Kremlin readout confirms it.", List.of(desks.addSource(desk.claimId())))));
    }

    private ClaimState claimState() {
        return users.as(desk.checker(), () -> claims.find(desk.claimId()).orElseThrow().state());
    }

    private void requireApprovals(int count) {
        users.as(desk.admin(), () -> ratings.updateSettings(new VerdictSettingsRow(count, 1, 6, ratings.settings().version())));
    }

    @Test
    void proposing_moves_the_claim_to_verdict_proposed() {
        VerdictRow verdict = propose(desk.checker(), "Mostly true");
        assertThat(verdict.status()).isEqualTo(VerdictStatus.PROPOSED);
        assertThat(verdict.rating().labelEn()).isEqualTo("Mostly true");
        assertThat(verdict.sources()).hasSize(1);
        assertThat(claimState()).isEqualTo(ClaimState.VERDICT_PROPOSED);
    }

    @Test
    void a_verdict_needs_a_rationale_and_at_least_one_source_of_its_claim() {
        users.signIn(desk.checker());
        long source = desks.addSource(desk.claimId());
        assertThatThrownBy(() -> verdicts.propose(new ProposeVerdict(desk.claimId(), label("True"), " ",
                List.of(source)))).hasMessage("verdict.rationale-required");
        assertThatThrownBy(() -> verdicts.propose(new ProposeVerdict(desk.claimId(), label("True"), "Because",
                List.of()))).hasMessage("verdict.sources-required");
        assertThatThrownBy(() -> verdicts.propose(new ProposeVerdict(desk.claimId(), label("True"), "Because",
                List.of(source + 100_000)))).hasMessage("verdict.source-not-of-claim");
        assertThat(claimState()).isEqualTo(ClaimState.IN_VERIFICATION);
    }

    @Test
    void an_editor_cannot_approve_a_verdict_they_proposed() {
        VerdictRow verdict = propose(desk.editor(), "True");
        users.signIn(desk.editor());
        assertThatThrownBy(() -> verdicts.approve(verdict.id())).hasMessage("verdict.own-verdict");
        assertThat(verdicts.allowedActions(verdicts.find(verdict.id()).orElseThrow()))
                .containsExactly(VerdictAction.RETURN);
        assertThat(claimState()).isEqualTo(ClaimState.VERDICT_PROPOSED);
    }

    @Test
    void a_fact_checker_cannot_sign_off() {
        VerdictRow verdict = propose(desk.checker(), "True");
        users.signIn(desk.checker());
        assertThatThrownBy(() -> verdicts.approve(verdict.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void under_the_two_editor_rule_two_distinct_editors_must_approve() {
        requireApprovals(2);
        VerdictRow verdict = propose(desk.checker(), "True");

        VerdictRow once = users.as(desk.editor(), () -> verdicts.approve(verdict.id()));
        assertThat(once.status()).isEqualTo(VerdictStatus.PROPOSED);
        assertThat(once.approvals()).isEqualTo(1);
        users.signIn(desk.editor());
        assertThatThrownBy(() -> verdicts.approve(verdict.id())).hasMessage("verdict.already-signed");
        assertThat(claimState()).isEqualTo(ClaimState.VERDICT_PROPOSED);

        VerdictRow twice = users.as(desk.secondEditor(), () -> verdicts.approve(verdict.id()));
        assertThat(twice.status()).isEqualTo(VerdictStatus.APPROVED);
        assertThat(twice.signOffs()).extracting(SignOffRow::editorName).containsExactly("Elias Editor", "Salma Editor");
        assertThat(claimState()).isEqualTo(ClaimState.APPROVED);
    }

    @Test
    void a_return_needs_a_reason_and_sends_the_claim_back_keeping_the_verdict() {
        VerdictRow verdict = propose(desk.checker(), "Mostly true");
        users.signIn(desk.editor());
        assertThatThrownBy(() -> verdicts.returnVerdict(verdict.id(), "  ")).hasMessage("verdict.reason-required");

        VerdictRow returned = verdicts.returnVerdict(verdict.id(), "Cite the Russian transcript, not a summary.");
        assertThat(returned.status()).isEqualTo(VerdictStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Cite the Russian transcript, not a summary.");
        assertThat(claimState()).isEqualTo(ClaimState.IN_VERIFICATION);
        users.signIn(desk.secondEditor());
        assertThatThrownBy(() -> verdicts.approve(verdict.id())).hasMessage("verdict.already-decided");

        propose(desk.checker(), "True");
        assertThat(users.as(desk.checker(), () -> verdicts.ofClaim(desk.claimId())))
                .extracting(VerdictRow::status).containsExactly(VerdictStatus.PROPOSED, VerdictStatus.RETURNED);
    }

    @Test
    void publishing_and_correcting_keep_earlier_verdicts_visible() {
        VerdictRow first = propose(desk.checker(), "Mostly true");
        users.as(desk.editor(), () -> verdicts.approve(first.id()));
        VerdictRow published = users.as(desk.editor(), () -> verdicts.publish(first.id(), null));
        assertThat(published.status()).isEqualTo(VerdictStatus.PUBLISHED);
        assertThat(claimState()).isEqualTo(ClaimState.PUBLISHED);

        VerdictRow correction = propose(desk.checker(), "Half true");
        assertThat(correction.correction()).isTrue();
        assertThat(claimState()).isEqualTo(ClaimState.PUBLISHED);
        users.as(desk.secondEditor(), () -> verdicts.approve(correction.id()));
        assertThat(claimState()).isEqualTo(ClaimState.PUBLISHED);
        users.signIn(desk.editor());
        assertThatThrownBy(() -> verdicts.publish(correction.id(), " "))
                .hasMessage("verdict.correction-note-required");
        verdicts.publish(correction.id(), "The meeting took place on 12 October, not 13 October.");

        assertThat(claimState()).isEqualTo(ClaimState.CORRECTED);
        List<VerdictRow> history = users.as(desk.checker(), () -> verdicts.ofClaim(desk.claimId()));
        assertThat(history).extracting(VerdictRow::status)
                .containsExactly(VerdictStatus.PUBLISHED, VerdictStatus.SUPERSEDED);
        assertThat(history.get(0).correctionNote()).startsWith("The meeting took place");
        assertThat(history.get(1).rating().labelEn()).isEqualTo("Mostly true");
    }

    @Test
    void only_an_approved_verdict_is_published() {
        VerdictRow verdict = propose(desk.checker(), "True");
        users.signIn(desk.editor());
        assertThatThrownBy(() -> verdicts.publish(verdict.id(), null)).hasMessage("verdict.not-approved");
    }

    @Test
    void another_workspace_can_neither_see_nor_sign_off_the_verdict() {
        VerdictRow verdict = propose(desk.checker(), "True");
        users.signIn(TestUsers.EDITOR);
        assertThat(verdicts.ofClaim(desk.claimId())).isEmpty();
        assertThat(verdicts.awaitingSignOff()).extracting(VerdictRow::id).doesNotContain(verdict.id());
        assertThatThrownBy(() -> verdicts.approve(verdict.id())).hasMessage("verdict.not-found");
    }

    @Test
    void the_review_queue_lists_proposed_verdicts_oldest_first() {
        VerdictRow verdict = propose(desk.checker(), "True");
        assertThat(users.as(desk.editor(), () -> verdicts.awaitingSignOff())).extracting(VerdictRow::id)
                .containsExactly(verdict.id());
    }
}
