package app.factdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.ui.KaribuTest;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingLabelRow;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.TaskStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim page as the place the work is done: in order, saying what is missing, never losing what was typed. */
class ClaimPageWorkUiIT extends KaribuTest {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;

    private void open(long claimId) {
        UI.getCurrent().navigate("claims/" + claimId);
    }

    /** A colleague acts while the signed-in user has the page open; the user stays signed in. */
    private <T> T meanwhile(String colleague, String me, java.util.function.Supplier<T> work) {
        T result = users.as(colleague, work);
        users.signIn(me);
        return result;
    }

    private Paragraph missing() {
        return _get(Paragraph.class, spec -> spec.withId("verdict-missing"));
    }

    private Button propose() {
        return _get(Button.class, spec -> spec.withId("verdict-propose"));
    }

    @SuppressWarnings("unchecked")
    private void fillVerdict(String rationale) {
        Select<RatingLabelRow> rating = _get(Select.class, spec -> spec.withId("verdict-rating"));
        _setValue(rating, ratings.activeLabels().get(1));
        _setValue(_get(TextArea.class, spec -> spec.withId("verdict-rationale")), rationale);
        CheckboxGroup<SourceRow> sources = _get(CheckboxGroup.class, spec -> spec.withId("verdict-sources"));
        sources.setValue(Set.copyOf(sources.getListDataView().getItems().toList()));
    }

    @Test
    void the_page_runs_in_the_order_of_the_work_tasks_sources_then_the_verdict() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.editor());
        open(desk.claimId());
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsSubsequence("Tasks", "New task",
                "Sources and evidence", "Verdicts", "Comments");
    }

    @Test
    void the_form_says_before_the_click_what_is_missing_and_offers_propose_only_when_it_can_succeed() {
        VerdictDesk.Desk desk = desks.create();
        TaskRow task = users.as(desk.editor(), () -> tasks.create(new NewTask(desk.claimId(), "Call the Kremlin",
                null, null, null, true)));
        users.as(desk.checker(), () -> desks.addSource(desk.claimId()));
        login(desk.checker());
        open(desk.claimId());
        assertThat(missing().getText()).contains("1 required tasks open (Call the Kremlin)",
                "tick at least one source", "choose a rating", "write the rationale");
        assertThat(propose().isEnabled()).isFalse();

        fillVerdict("The readout says so.");
        assertThat(missing().getText()).isEqualTo("Before you can propose: 1 required tasks open (Call the Kremlin).");
        assertThat(propose().isEnabled()).isFalse();

        meanwhile(desk.editor(), desk.checker(), () -> {
            TaskRow started = tasks.changeStatus(task.id(), task.version(), TaskStatus.IN_PROGRESS, null);
            return tasks.changeStatus(task.id(), started.version(), TaskStatus.DONE, null);
        });
        open(desk.claimId());
        fillVerdict("The readout says so.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("verdict-missing"))).as("nothing missing").isEmpty();
        assertThat(propose().isEnabled()).isTrue();
        _click(propose());
        expectNotifications("Verdict proposed.");
        assertThat(claims.find(desk.claimId()).orElseThrow().state()).isEqualTo(ClaimState.VERDICT_PROPOSED);
    }

    @Test
    void a_refused_proposal_keeps_rating_rationale_and_sources_and_says_why_next_to_the_form() {
        VerdictDesk.Desk desk = desks.create();
        users.as(desk.checker(), () -> desks.addSource(desk.claimId()));
        login(desk.checker());
        open(desk.claimId());
        fillVerdict("Typed with care, not to be lost.");
        // Meanwhile a colleague proposes first: the form on this screen is stale.
        meanwhile(desk.editor(), desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(0).id(), "Faster.", List.of(desks.addSource(desk.claimId())))));
        _click(propose());

        assertThat(_get(Paragraph.class, spec -> spec.withId("verdict-refusal")).getText())
                .startsWith("A verdict cannot be proposed on a claim in state");
        assertThat(_get(TextArea.class, spec -> spec.withId("verdict-rationale")).getValue())
                .isEqualTo("Typed with care, not to be lost.");
        assertThat(_get(Select.class, spec -> spec.withId("verdict-rating")).getValue()).isNotNull();
        assertThat((Set<?>) _get(CheckboxGroup.class, spec -> spec.withId("verdict-sources")).getValue()).hasSize(1);
    }

    @Test
    void on_a_published_claim_the_published_verdict_comes_first_and_a_correction_starts_from_a_button() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(1).id(), "The readout says so.",
                List.of(desks.addSource(desk.claimId()))))).id();
        users.as(desk.editor(), () -> verdicts.approve(verdictId));
        users.as(desk.editor(), () -> verdicts.publish(verdictId, null));
        login(desk.checker());
        open(desk.claimId());

        Div panel = _get(Div.class, spec -> spec.withId("verdicts-history"));
        assertThat(panel.getElement().getTextRecursively()).contains("The readout says so.");
        assertThat(_find(TextArea.class, spec -> spec.withId("verdict-rationale"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("verdict-start-correction")));
        assertThat(_find(TextArea.class, spec -> spec.withId("verdict-rationale"))).hasSize(1);
        assertThat(propose().getText()).isEqualTo("Propose a correction");
    }

    @Test
    void after_add_task_the_form_is_fresh_and_neutral_and_says_so_once() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.editor());
        open(desk.claimId());
        TextField title = _get(TextField.class, spec -> spec.withId("task-title"));
        _setValue(title, "Find the transcript");
        _click(_get(Button.class, spec -> spec.withId("task-create")));

        expectNotifications("Task added.");
        assertThat(title.getValue()).isEmpty();
        assertThat(title.isInvalid()).as("a fresh form starts neutral").isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("tasks-list")).getElement().getTextRecursively())
                .contains("Find the transcript");

        _click(_get(Button.class, spec -> spec.withId("task-create")));
        assertThat(title.isInvalid()).as("an empty title is an error once Add is pressed").isTrue();
    }
}
