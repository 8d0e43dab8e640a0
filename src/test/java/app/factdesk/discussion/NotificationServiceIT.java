package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimAction;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.verification.NewTask;
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

    private void propose() {
        users.signIn(desk.editor());
        claims.advance(claim.id(), ClaimAction.START_VERIFICATION, null, null);
        users.signIn(desk.checker());
        claims.advance(claim.id(), ClaimAction.PROPOSE_VERDICT, null, null);
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
        users.signIn(desk.editor());
        claims.advance(claim.id(), ClaimAction.START_VERIFICATION, null, null);
        claims.advance(claim.id(), ClaimAction.PROPOSE_VERDICT, null, null);
        assertThat(unreadOf(desk.editor())).isZero();
        assertThat(unreadOf(desk.secondEditor())).isEqualTo(1);
    }

    @Test
    void approval_and_return_notify_the_proposer() {
        propose();
        long proposer = fixture.idOf(desk.checker());
        users.signIn(desk.editor());
        claims.advance(claim.id(), ClaimAction.RETURN_VERDICT, "Cite the transcript", proposer);
        users.signIn(desk.checker());
        claims.advance(claim.id(), ClaimAction.PROPOSE_VERDICT, null, null);
        users.signIn(desk.secondEditor());
        claims.advance(claim.id(), ClaimAction.APPROVE_VERDICT, null, proposer);
        users.signIn(desk.checker());
        assertThat(notifications.latest(10)).extracting(NotificationRow::type)
                .containsExactly(NotificationType.VERDICT_APPROVED, NotificationType.VERDICT_RETURNED);
        assertThat(notifications.latest(10).get(1).params()).contains("Cite the transcript");
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
