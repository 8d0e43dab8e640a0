package app.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TaskServiceIT {

    static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";

    @Autowired
    VerdictService verdicts;
    @Autowired
    SourceService sources;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;
    @Autowired
    ChecklistService checklist;

    private TwoWorkspaces.Other desk;
    private long articleId;
    private String editor;
    private String checker;
    private String otherChecker;
    private String viewer;

    @BeforeEach
    void deskWithTheReferenceArticle() {
        desk = fixtures.createOther();
        articleId = fixtures.importReference(desk);
        editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        otherChecker = fixtures.addMember(desk, Role.FACT_CHECKER, "Omar Checker");
        viewer = fixtures.addMember(desk, Role.VIEWER, "Vera Viewer");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ClaimDetails newClaim() {
        users.signIn(checker);
        String body = TwoWorkspaces.referenceArticle();
        int start = body.indexOf(QUOTE);
        ClaimDetails claim = claims.create(new CreateClaim(articleId, start, start + QUOTE.length(), QUOTE,
                new ClaimFields("Moscow and Washington agreed on further contacts", "Dmitry Peskov", null,
                        Priority.HIGH, List.of()), null));
        users.signIn(editor);
        return claim;
    }

    private long idOf(String username) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        long id = ((app.factdesk.security.FactDeskUser) users.signIn(username)).userId();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        return id;
    }

    private TaskRow task(ClaimDetails claim, String title, String assignee, LocalDate due, boolean required) {
        users.signIn(editor);
        return tasks.create(new NewTask(claim.id(), title, "details", idOf(assignee), due, required));
    }

    @Test
    void the_first_task_moves_a_draft_claim_into_verification() {
        ClaimDetails claim = newClaim();
        assertThat(claim.state()).isEqualTo(ClaimState.DRAFT);
        TaskRow task = task(claim, "Find the Kremlin transcript", checker, null, false);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.assigneeName()).isEqualTo("Fatima Checker");
        assertThat(claims.find(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.IN_VERIFICATION);
        task(claim, "Contact the claimant", checker, null, false);
        assertThat(tasks.ofClaim(claim.id())).extracting(TaskRow::title)
                .containsExactly("Find the Kremlin transcript", "Contact the claimant");
    }

    @Test
    void only_the_assignee_or_an_editor_moves_a_task() {
        TaskRow task = task(newClaim(), "Find the Kremlin transcript", checker, null, false);
        users.signIn(otherChecker);
        assertThatThrownBy(() -> tasks.changeStatus(task.id(), task.version(), TaskStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(viewer);
        assertThatThrownBy(() -> tasks.changeStatus(task.id(), task.version(), TaskStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(checker);
        TaskRow started = tasks.changeStatus(task.id(), task.version(), TaskStatus.IN_PROGRESS, null);
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        users.signIn(editor);
        assertThat(tasks.changeStatus(task.id(), started.version(), TaskStatus.DONE, null).status())
                .isEqualTo(TaskStatus.DONE);
    }

    @Test
    void only_editors_create_tasks_and_the_assignee_must_be_a_fact_checker_or_above() {
        ClaimDetails claim = newClaim();
        users.signIn(checker);
        assertThatThrownBy(() -> tasks.create(new NewTask(claim.id(), "t", null, null, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> task(claim, "t", viewer, null, false))
                .isInstanceOf(UserFacingException.class).hasMessage("task.assignee-invalid");
    }

    @Test
    void cancelling_a_task_needs_a_reason() {
        TaskRow task = task(newClaim(), "Find the Kremlin transcript", checker, null, false);
        users.signIn(checker);
        assertThatThrownBy(() -> tasks.changeStatus(task.id(), task.version(), TaskStatus.CANCELLED, " "))
                .isInstanceOf(UserFacingException.class).hasMessage("task.cancel-reason-required");
        TaskRow cancelled = tasks.changeStatus(task.id(), task.version(), TaskStatus.CANCELLED, "Already covered");
        assertThat(cancelled.cancelReason()).isEqualTo("Already covered");
    }

    @Test
    void a_required_open_task_blocks_proposing_a_verdict_and_a_done_one_does_not() {
        ClaimDetails claim = newClaim();
        TaskRow required = task(claim, "Find the Kremlin transcript", checker, null, true);
        task(claim, "Optional background", checker, null, false);
        users.signIn(checker);
        long source = sources.add(VerdictDesk.source(claim.id(), "https://example.org/transcript"), null).id();
        ProposeVerdict proposal = new ProposeVerdict(claim.id(), ratings.activeLabels().get(0).id(),
                "The transcript says so.", List.of(source));
        assertThatThrownBy(() -> verdicts.propose(proposal))
                .isInstanceOf(UserFacingException.class).hasMessage("claim.proposal-blocked")
                .satisfies(e -> assertThat(((UserFacingException) e).arguments())
                        .containsExactly("Find the Kremlin transcript"));
        TaskRow started = tasks.changeStatus(required.id(), required.version(), TaskStatus.IN_PROGRESS, null);
        tasks.changeStatus(required.id(), started.version(), TaskStatus.DONE, null);
        verdicts.propose(proposal);
        assertThat(claims.find(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.VERDICT_PROPOSED);
    }

    @Test
    void checklist_tasks_appear_on_new_claims_without_starting_verification() {
        users.signIn(editor);
        checklist.add("Find the primary source", true);
        checklist.add("Contact the claimant", false);
        ClaimDetails claim = newClaim();
        assertThat(tasks.ofClaim(claim.id())).extracting(TaskRow::title, TaskRow::required, TaskRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Find the primary source", true, TaskStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("Contact the claimant", false, TaskStatus.OPEN));
        assertThat(claims.find(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.DRAFT);
        users.signIn(checker);
        assertThatThrownBy(() -> checklist.add("x", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_tasks_are_sorted_by_due_date_with_overdue_ones_flagged() {
        ClaimDetails claim = newClaim();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        task(claim, "Later", checker, today.plusDays(5), false);
        task(claim, "No date", checker, null, false);
        task(claim, "Late", checker, today.minusDays(2), false);
        task(claim, "Someone else's", otherChecker, today.minusDays(9), false);
        TaskRow done = task(claim, "Finished", checker, today.minusDays(1), false);
        users.signIn(checker);
        TaskRow started = tasks.changeStatus(done.id(), done.version(), TaskStatus.IN_PROGRESS, null);
        tasks.changeStatus(done.id(), started.version(), TaskStatus.DONE, null);
        List<TaskRow> mine = tasks.myOpenTasks();
        assertThat(mine).extracting(TaskRow::title).containsExactly("Late", "Later", "No date");
        assertThat(mine).extracting(TaskRow::overdue).containsExactly(true, false, false);
        assertThat(mine.get(0).articleId()).isEqualTo(articleId);
        users.signIn(viewer);
        assertThat(tasks.myOpenTasks()).isEmpty();
    }

    @Test
    void bulk_assign_gives_the_same_task_on_several_claims() {
        ClaimDetails first = newClaim();
        ClaimDetails second = newClaim();
        users.signIn(editor);
        List<TaskRow> created = tasks.bulkAssign(new BulkAssign(List.of(first.id(), second.id()),
                "Check the date", idOf(checker), null, false));
        assertThat(created).extracting(TaskRow::claimId).containsExactly(first.id(), second.id());
        users.signIn(checker);
        assertThat(tasks.myOpenTasks()).hasSize(2);
    }

    @Test
    void a_member_of_another_desk_sees_and_changes_nothing() {
        ClaimDetails claim = newClaim();
        TaskRow task = task(claim, "Find the Kremlin transcript", checker, null, false);
        users.signIn(TestUsers.EDITOR);
        assertThat(tasks.ofClaim(claim.id())).isEmpty();
        assertThatThrownBy(() -> tasks.changeStatus(task.id(), task.version(), TaskStatus.IN_PROGRESS, null))
                .isInstanceOf(UserFacingException.class).hasMessage("task.not-found");
        assertThatThrownBy(() -> tasks.create(new NewTask(claim.id(), "t", null, null, null, false)))
                .isInstanceOf(UserFacingException.class).hasMessage("claim.not-found");
        assertThatThrownBy(() -> tasks.assign(task.id(), task.version(), null))
                .isInstanceOf(UserFacingException.class).hasMessage("task.not-found");
    }
}
