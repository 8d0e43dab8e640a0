package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import java.util.List;
import java.util.UUID;
import app.factdesk.verification.TaskService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NotificationServiceIT {

    @Autowired
    TestUsers users;
    @Autowired
    DiscussionFixture fixture;
    @Autowired
    NotificationService notifications;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    SourceService sources;
    @Autowired
    RatingScaleService ratings;

    private DiscussionFixture.Desk desk;
    private ClaimDetails claim;

    @BeforeEach
    void deskWithAClaim() {
        desk = fixture.desk();
        claim = fixture.claim(desk);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long unreadOf(String username) {
        users.signIn(username);
        return notifications.unreadCount();
    }

    private void startVerification() {
        users.signIn(desk.editor());
        claims.startVerification(claim.id(), claims.find(claim.id()).orElseThrow().version());
    }

    /** Proposes a verdict (or a correction) as {@code username}, the way the claim page does. */
    private long proposeAs(String username) {
        users.signIn(username);
        long source = sources.add(VerdictDesk.source(claim.id(), "https://example.org/" + UUID.randomUUID()), null)
                .id();
        return verdicts.propose(new ProposeVerdict(claim.id(), ratings.activeLabels().get(0).id(),
                "The transcript says so.", List.of(source))).id();
    }

    private long propose() {
        startVerification();
        return proposeAs(desk.checker());
    }

    @Test
    void a_proposed_verdict_awaits_every_editor_but_not_the_proposer() {
        propose();
        assertThat(unreadOf(desk.editor())).isEqualTo(1);
        assertThat(unreadOf(desk.secondEditor())).isEqualTo(1);
        assertThat(notifications.latest(5).get(0).type()).isEqualTo(NotificationType.SIGN_OFF_AWAITED);
        assertThat(unreadOf(desk.desk().adminUsername())).isEqualTo(1);
        assertThat(unreadOf(desk.checker())).isZero();
        assertThat(unreadOf(desk.otherChecker())).isZero();
    }

    @Test
    void an_editor_proposing_is_not_asked_to_sign_off_their_own_verdict() {
        startVerification();
        proposeAs(desk.editor());
        assertThat(unreadOf(desk.editor())).isZero();
        assertThat(unreadOf(desk.secondEditor())).isEqualTo(1);
    }

    @Test
    void approval_and_return_notify_the_proposer() {
        long first = propose();
        users.signIn(desk.editor());
        verdicts.returnVerdict(first, "Cite the transcript");
        long second = proposeAs(desk.checker());
        users.signIn(desk.secondEditor());
        verdicts.approve(second);
        users.signIn(desk.checker());
        assertThat(notifications.latest(10)).extracting(NotificationRow::type)
                .containsExactly(NotificationType.VERDICT_APPROVED, NotificationType.VERDICT_RETURNED);
        assertThat(notifications.latest(10).get(1).params()).contains("Cite the transcript");
    }

    @Test
    void a_correction_notifies_like_a_first_verdict() {
        long first = propose();
        users.signIn(desk.editor());
        verdicts.approve(first);
        verdicts.publish(first, null);
        users.signIn(desk.checker());
        notifications.markAllRead();
        users.signIn(desk.secondEditor());
        notifications.markAllRead();

        long correction = proposeAs(desk.checker());
        assertThat(verdicts.find(correction).orElseThrow().correction()).isTrue();
        assertThat(unreadOf(desk.secondEditor())).as("editors are asked to sign the correction off").isEqualTo(1);
        assertThat(notifications.latest(1).get(0).type()).isEqualTo(NotificationType.SIGN_OFF_AWAITED);
        verdicts.returnVerdict(correction, "Name the newer source");
        long again = proposeAs(desk.checker());
        users.signIn(desk.secondEditor());
        verdicts.approve(again);
        users.signIn(desk.checker());
        assertThat(notifications.unreadCount()).as("the correction's return and approval").isEqualTo(2);
        assertThat(notifications.latest(2)).extracting(NotificationRow::type)
                .containsExactly(NotificationType.VERDICT_APPROVED, NotificationType.VERDICT_RETURNED);
        assertThat(notifications.latest(2).get(1).params()).contains("Name the newer source");
    }

    @Test
    void an_assigned_task_and_an_overdue_one_are_announced_once() {
        users.signIn(desk.editor());
        tasks.create(new NewTask(claim.id(), "Find the transcript", null, fixture.idOf(desk.checker()),
                LocalDate.now(ZoneOffset.UTC).minusDays(1), false));
        assertThat(unreadOf(desk.editor())).isZero();
        assertThat(unreadOf(desk.checker())).isEqualTo(2);
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.latest(10)).extracting(NotificationRow::type)
                .containsExactlyInAnyOrder(NotificationType.TASK_ASSIGNED, NotificationType.TASK_OVERDUE);
    }

    @Test
    void marking_one_read_then_all_read_brings_the_count_to_zero() {
        propose();
        users.signIn(desk.editor());
        tasks.create(new NewTask(claim.id(), "Second look", null, fixture.idOf(desk.secondEditor()), null, false));
        users.signIn(desk.secondEditor());
        assertThat(notifications.unreadCount()).isEqualTo(2);
        notifications.markRead(notifications.latest(10).get(0).id());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.latest(10)).allMatch(NotificationRow::read);
        assertThat(unreadOf(desk.editor())).isEqualTo(1);
    }

    @Test
    void someone_else_cannot_mark_my_notifications_read() {
        propose();
        users.signIn(desk.editor());
        long mine = notifications.latest(1).get(0).id();
        users.signIn(desk.secondEditor());
        notifications.markRead(mine);
        users.signIn(TestUsers.EDITOR);
        notifications.markRead(mine);
        notifications.markAllRead();
        assertThat(unreadOf(desk.editor())).isEqualTo(1);
    }
}
