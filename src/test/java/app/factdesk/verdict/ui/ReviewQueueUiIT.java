package app.factdesk.verdict.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.ui.KaribuTest;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verdict.VerdictStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewQueueUiIT extends KaribuTest {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;

    private long propose(VerdictDesk.Desk desk, String proposer) {
        return users.as(proposer, () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(1).id(), "The Kremlin readout says so.",
                List.of(desks.addSource(desk.claimId()))))).id();
    }

    private VerdictStatus status(VerdictDesk.Desk desk, long verdictId) {
        return verdicts.find(verdictId).orElseThrow().status();
    }

    @Test
    void an_editor_approves_a_proposed_verdict_from_the_queue() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.checker());
        login(desk.editor());
        UI.getCurrent().navigate(ReviewQueueView.class);

        Div item = _get(Div.class, spec -> spec.withId("review-item-" + verdictId));
        assertThat(item.getElement().getTextRecursively()).contains("Peskov said Putin and Biden had no contacts",
                "Mostly true", "The Kremlin readout says so.", "Readout of the briefing");
        assertThat(_find(Div.class, spec -> spec.withId("review-tasks-" + desk.claimId()))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("verdict-approve-" + verdictId)));

        expectNotifications("Approval recorded.");
        assertThat(status(desk, verdictId)).isEqualTo(VerdictStatus.APPROVED);
        assertThat(claims.find(desk.claimId()).orElseThrow().state()).isEqualTo(ClaimState.APPROVED);
        // It leaves the sign-off queue for the "ready to publish" list beside it.
        assertThat(_get(Div.class, spec -> spec.withId("review-queue")).getElement().getTextRecursively())
                .doesNotContain("The Kremlin readout says so.");
        assertThat(_get(Div.class, spec -> spec.withId("ready-to-publish")).getElement().getTextRecursively())
                .contains("The Kremlin readout says so.");
    }

    @Test
    void a_return_without_a_reason_is_refused_and_with_one_sends_the_claim_back() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.checker());
        login(desk.editor());
        UI.getCurrent().navigate(ReviewQueueView.class);

        _click(_get(Button.class, spec -> spec.withId("verdict-return-" + verdictId)));
        expectNotifications("Give a reason for returning the verdict.");
        assertThat(status(desk, verdictId)).isEqualTo(VerdictStatus.PROPOSED);

        _get(TextField.class, spec -> spec.withId("verdict-return-reason-" + verdictId))
                .setValue("Cite the Russian transcript.");
        _click(_get(Button.class, spec -> spec.withId("verdict-return-" + verdictId)));
        expectNotifications("Verdict returned.");
        assertThat(status(desk, verdictId)).isEqualTo(VerdictStatus.RETURNED);
        assertThat(claims.find(desk.claimId()).orElseThrow().state()).isEqualTo(ClaimState.IN_VERIFICATION);
    }

    @Test
    void the_proposer_sees_no_approve_button_on_their_own_verdict() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.editor());
        login(desk.editor());
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(_find(Button.class, spec -> spec.withId("verdict-approve-" + verdictId))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("verdict-return-" + verdictId))).hasSize(1);
    }
}
