package app.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class VerificationTaskTest {

    private static final long ASSIGNEE = 7;
    private static final Instant NOW = Instant.parse("2021-10-14T09:00:00Z");

    private static VerificationTask task(boolean required) {
        return new VerificationTask(1, 2, " Find the transcript ", " ", ASSIGNEE, null, required, 3L, NOW);
    }

    @Test
    void a_task_goes_from_open_to_in_progress_to_done() {
        VerificationTask task = task(false);
        task.changeStatus(TaskStatus.IN_PROGRESS, null, Role.FACT_CHECKER, ASSIGNEE, NOW);
        task.changeStatus(TaskStatus.DONE, null, Role.FACT_CHECKER, ASSIGNEE, NOW);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(task.getTitle()).isEqualTo("Find the transcript");
    }

    @Test
    void an_open_task_cannot_jump_to_done_and_finished_tasks_stay_finished() {
        assertThat(TaskStatus.OPEN.canMoveTo(TaskStatus.DONE)).isFalse();
        assertThat(TaskStatus.DONE.canMoveTo(TaskStatus.CANCELLED)).isFalse();
        assertThat(TaskStatus.CANCELLED.canMoveTo(TaskStatus.OPEN)).isFalse();
        assertThat(TaskStatus.IN_PROGRESS.canMoveTo(TaskStatus.CANCELLED)).isTrue();
        assertThatThrownBy(() -> task(false).changeStatus(TaskStatus.DONE, null, Role.EDITOR, 99, NOW))
                .isInstanceOf(UserFacingException.class).hasMessage("task.transition-not-allowed");
    }

    @Test
    void another_fact_checker_may_not_move_the_task_but_an_editor_may() {
        assertThatThrownBy(() -> task(false).changeStatus(TaskStatus.IN_PROGRESS, null, Role.FACT_CHECKER, 99, NOW))
                .isInstanceOf(AccessDeniedException.class);
        VerificationTask task = task(false);
        task.changeStatus(TaskStatus.IN_PROGRESS, null, Role.EDITOR, 99, NOW);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void cancelling_needs_a_reason() {
        assertThatThrownBy(() -> task(false).changeStatus(TaskStatus.CANCELLED, "  ", Role.EDITOR, 99, NOW))
                .isInstanceOf(UserFacingException.class).hasMessage("task.cancel-reason-required");
        VerificationTask task = task(false);
        task.changeStatus(TaskStatus.CANCELLED, "Duplicate of another task", Role.FACT_CHECKER, ASSIGNEE, NOW);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void only_an_editor_cancels_a_required_task() {
        assertThatThrownBy(() -> task(true).changeStatus(TaskStatus.CANCELLED, "no time", Role.FACT_CHECKER,
                ASSIGNEE, NOW)).isInstanceOf(UserFacingException.class).hasMessage("task.required-cancel-editor");
        VerificationTask task = task(true);
        task.changeStatus(TaskStatus.CANCELLED, "covered elsewhere", Role.EDITOR, 99, NOW);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void a_task_is_overdue_only_while_open_and_past_its_due_date() {
        LocalDate today = LocalDate.of(2021, 10, 14);
        assertThat(TaskReads.isOverdue(TaskStatus.OPEN, today.minusDays(1), today)).isTrue();
        assertThat(TaskReads.isOverdue(TaskStatus.IN_PROGRESS, today, today)).isFalse();
        assertThat(TaskReads.isOverdue(TaskStatus.DONE, today.minusDays(3), today)).isFalse();
        assertThat(TaskReads.isOverdue(TaskStatus.OPEN, null, today)).isFalse();
    }
}
