package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.AuditTrail.Recorded;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.audit.AuditService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class VerdictAuditIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TestUsers users;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;

    private VerdictDesk.Desk desk;
    private long workspaceId;

    @BeforeEach
    void freshDesk() {
        desk = desks.create();
        workspaceId = desk.other().workspaceId();
    }

    @AfterEach
    void chainStillVerifies() {
        users.signIn(desk.editor());
        assertThat(audit.verifyChain().ok()).isTrue();
        TestUsers.signOut();
    }

    private long label(String english) {
        return ratings.activeLabels().stream().filter(l -> l.labelEn().equals(english)).findFirst().orElseThrow().id();
    }

    private VerdictRow propose(String rating) {
        return users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(), label(rating),
                "The Kremlin readout confirms it.", List.of(desks.addSource(desk.claimId())))));
    }

    private Recorded oneAbout(String username, java.util.function.Supplier<?> work) {
        return trail.one(workspaceId, "verdict", () -> users.as(username, work));
    }

    @Test
    void proposing_records_verdict_proposed_with_rating_rationale_and_sources() {
        AtomicReference<VerdictRow> verdict = new AtomicReference<>();
        long[] source = new long[1];
        long labelId = users.as(desk.checker(), () -> {
            source[0] = desks.addSource(desk.claimId());
            return label("Mostly true");
        });
        Recorded proposed = oneAbout(desk.checker(), () -> {
            verdict.set(verdicts.propose(new ProposeVerdict(desk.claimId(), labelId, " Confirmed by the readout. ",
                    List.of(source[0]))));
            return null;
        });

        assertThat(proposed.action()).isEqualTo("verdict.proposed");
        assertThat(proposed.objectId()).isEqualTo(Long.toString(verdict.get().id()));
        assertThat(proposed.actorName()).isEqualTo(desk.checker());
        assertThat(proposed.before()).isNull();
        assertThat(proposed.after()).containsEntry("claimId", desk.claimId()).containsEntry("ratingLabelId", labelId)
                .containsEntry("rationale", "Confirmed by the readout.").containsEntry("sourceIds", List.of(source[0]))
                .containsEntry("correction", false).containsEntry("status", "PROPOSED");
    }

    @Test
    void each_approval_records_verdict_approved_with_the_approvals_so_far() {
        users.as(desk.admin(), () -> ratings.updateSettings(new VerdictSettingsRow(2, 1, 6, ratings.settings().version())));
        VerdictRow verdict = propose("True");

        Recorded first = oneAbout(desk.editor(), () -> verdicts.approve(verdict.id()));
        assertThat(first.action()).isEqualTo("verdict.approved");
        assertThat(first.objectId()).isEqualTo(Long.toString(verdict.id()));
        assertThat(first.actorName()).isEqualTo(desk.editor());
        assertThat(first.before()).isEqualTo(Map.of("status", "PROPOSED", "approvals", 0L));
        assertThat(first.after()).containsEntry("status", "PROPOSED").containsEntry("approvals", 1L)
                .containsEntry("approvalsRequired", 2L);

        Recorded second = oneAbout(desk.secondEditor(), () -> verdicts.approve(verdict.id()));
        assertThat(second.action()).isEqualTo("verdict.approved");
        assertThat(second.after()).containsEntry("status", "APPROVED").containsEntry("approvals", 2L);
    }

    @Test
    void a_four_eyes_refusal_leaves_no_event() {
        VerdictRow own = users.as(desk.editor(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                label("True"), "The readout confirms it.", List.of(desks.addSource(desk.claimId())))));
        users.signIn(desk.editor());
        assertThat(trail.during(workspaceId, () -> {
            assertThatThrownBy(() -> verdicts.approve(own.id())).hasMessage("verdict.own-verdict");
            assertThatThrownBy(() -> verdicts.publish(own.id(), null)).hasMessage("verdict.not-approved");
        })).isEmpty();
    }

    @Test
    void returning_records_the_reason() {
        VerdictRow verdict = propose("False");
        Recorded returned = oneAbout(desk.editor(), () -> verdicts.returnVerdict(verdict.id(),
                " Needs a second source "));
        assertThat(returned.action()).isEqualTo("verdict.returned");
        assertThat(returned.before()).containsEntry("status", "PROPOSED");
        assertThat(returned.after()).containsEntry("status", "RETURNED").containsEntry("reason",
                "Needs a second source");
    }

    @Test
    void publishing_and_correcting_record_published_superseded_and_the_correction_note() {
        VerdictRow first = propose("Mostly true");
        users.as(desk.editor(), () -> verdicts.approve(first.id()));
        Recorded published = oneAbout(desk.editor(), () -> verdicts.publish(first.id(), null));
        assertThat(published.action()).isEqualTo("verdict.published");
        assertThat(published.before()).containsEntry("status", "APPROVED");
        assertThat(published.after()).containsEntry("status", "PUBLISHED").containsEntry("correction", false)
                .containsEntry("correctionNote", null);

        VerdictRow correction = propose("Half true");
        users.as(desk.secondEditor(), () -> verdicts.approve(correction.id()));
        List<Recorded> events = trail.during(workspaceId, () -> users.as(desk.editor(), () -> verdicts.publish(
                correction.id(), "The meeting took place on 12 October."))).stream()
                .filter(e -> e.objectType().equals("verdict")).toList();
        assertThat(events).extracting(Recorded::action, Recorded::objectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("verdict.superseded", Long.toString(first.id())),
                org.assertj.core.groups.Tuple.tuple("verdict.published", Long.toString(correction.id())));
        assertThat(events.get(1).after()).containsEntry("correction", true)
                .containsEntry("correctionNote", "The meeting took place on 12 October.");
    }
}
