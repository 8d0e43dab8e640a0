package app.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.AuditTrail.Recorded;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.audit.AuditService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TaskAuditIT {

    static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";

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
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;

    private long workspaceId;
    private long articleId;
    private String editor;
    private long checkerId;
    private long otherCheckerId;

    @BeforeEach
    void freshDeskWithAnEditorSignedIn() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        workspaceId = desk.workspaceId();
        articleId = fixtures.importReference(desk);
        checkerId = idOf(fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"));
        otherCheckerId = idOf(fixtures.addMember(desk, Role.FACT_CHECKER, "Omar Checker"));
        editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        users.signIn(editor);
    }

    @AfterEach
    void chainStillVerifies() {
        users.signIn(editor);
        assertThat(audit.verifyChain().ok()).isTrue();
        TestUsers.signOut();
    }

    private long idOf(String username) {
        return ((FactDeskUser) users.signIn(username)).userId();
    }

    private ClaimDetails newClaim() {
        int start = TwoWorkspaces.referenceArticle().indexOf(QUOTE);
        return claims.create(new CreateClaim(articleId, start, start + QUOTE.length(), QUOTE,
                new ClaimFields("Moscow and Washington agreed on further contacts", "Dmitry Peskov", null,
                        Priority.HIGH, List.of()), null));
    }

    private TaskRow create(long claimId, Long assigneeId, boolean required) {
        return tasks.create(new NewTask(claimId, "Call the Kremlin press office", "Ask for the readout", assigneeId,
                LocalDate.of(2030, 1, 31), required));
    }

    private <T> Recorded oneTaskEvent(AtomicReference<T> result, java.util.function.Supplier<T> work) {
        return trail.one(workspaceId, "task", () -> result.set(work.get()));
    }

    @Test
    void creating_a_task_records_task_created_with_its_fields() {
        long claimId = newClaim().id();
        AtomicReference<TaskRow> task = new AtomicReference<>();
        Recorded event = oneTaskEvent(task, () -> create(claimId, checkerId, true));

        assertThat(event.action()).isEqualTo("task.created");
        assertThat(event.objectId()).isEqualTo(Long.toString(task.get().id()));
        assertThat(event.actorName()).isEqualTo(editor);
        assertThat(event.before()).isNull();
        assertThat(event.after()).containsEntry("claimId", claimId).containsEntry("title",
                "Call the Kremlin press office").containsEntry("assigneeId", checkerId)
                .containsEntry("dueDate", "2030-01-31").containsEntry("required", true)
                .containsEntry("status", "OPEN");
    }

    @Test
    void starting_and_finishing_a_task_record_the_status_before_and_after() {
        TaskRow task = create(newClaim().id(), checkerId, false);
        AtomicReference<TaskRow> moved = new AtomicReference<>();

        Recorded started = oneTaskEvent(moved, () -> tasks.changeStatus(task.id(), task.version(),
                TaskStatus.IN_PROGRESS, null));
        assertThat(started.action()).isEqualTo("task.started");
        assertThat(started.objectId()).isEqualTo(Long.toString(task.id()));
        assertThat(started.before()).isEqualTo(java.util.Map.of("status", "OPEN"));
        assertThat(started.after()).isEqualTo(java.util.Map.of("status", "IN_PROGRESS"));

        Recorded done = oneTaskEvent(moved, () -> tasks.changeStatus(task.id(), moved.get().version(),
                TaskStatus.DONE, null));
        assertThat(done.action()).isEqualTo("task.done");
        assertThat(done.before()).containsEntry("status", "IN_PROGRESS");
        assertThat(done.after()).containsEntry("status", "DONE");
    }

    @Test
    void cancelling_a_task_records_the_reason() {
        TaskRow task = create(newClaim().id(), null, true);
        Recorded cancelled = oneTaskEvent(new AtomicReference<>(), () -> tasks.changeStatus(task.id(),
                task.version(), TaskStatus.CANCELLED, "  duplicate of another task "));
        assertThat(cancelled.action()).isEqualTo("task.cancelled");
        assertThat(cancelled.before()).containsEntry("status", "OPEN").doesNotContainKey("cancelReason");
        assertThat(cancelled.after()).containsEntry("status", "CANCELLED")
                .containsEntry("cancelReason", "duplicate of another task");
    }

    @Test
    void reassigning_a_task_records_the_assignee_before_and_after() {
        TaskRow task = create(newClaim().id(), checkerId, false);
        Recorded assigned = oneTaskEvent(new AtomicReference<>(), () -> tasks.assign(task.id(), task.version(),
                otherCheckerId));
        assertThat(assigned.action()).isEqualTo("task.assigned");
        assertThat(assigned.objectId()).isEqualTo(Long.toString(task.id()));
        assertThat(assigned.before()).isEqualTo(java.util.Map.of("assigneeId", checkerId));
        assertThat(assigned.after()).isEqualTo(java.util.Map.of("assigneeId", otherCheckerId));
    }

    @Test
    void bulk_assign_records_one_task_created_per_claim() {
        long first = newClaim().id();
        long second = newClaim().id();
        AtomicReference<List<TaskRow>> created = new AtomicReference<>();
        List<Recorded> events = trail.during(workspaceId, () -> created.set(tasks.bulkAssign(new BulkAssign(
                List.of(first, second, first), "Find the original video", checkerId, null, false)))).stream()
                .filter(e -> e.objectType().equals("task")).toList();

        assertThat(events).extracting(Recorded::action).containsExactly("task.created", "task.created");
        assertThat(events).extracting(Recorded::objectId).containsExactlyElementsOf(
                created.get().stream().map(t -> Long.toString(t.id())).toList());
        assertThat(events).extracting(e -> e.after().get("claimId")).containsExactly(first, second);
    }

    @Test
    void a_refused_status_change_leaves_no_event() {
        TaskRow task = create(newClaim().id(), checkerId, false);
        assertThat(trail.during(workspaceId, () -> assertThatThrownBy(() -> tasks.changeStatus(task.id(),
                task.version(), TaskStatus.DONE, null)).hasMessage("task.transition-not-allowed"))).isEmpty();
        assertThat(trail.during(workspaceId, () -> assertThatThrownBy(() -> tasks.changeStatus(task.id(),
                task.version(), TaskStatus.CANCELLED, " ")).hasMessage("task.cancel-reason-required"))).isEmpty();
    }

    @Test
    void adding_and_removing_a_checklist_item_record_item_added_and_item_removed() {
        AtomicReference<ChecklistItemRow> item = new AtomicReference<>();
        Recorded added = trail.one(workspaceId, "checklist_item", () -> item.set(checklist.add(" Check the date ",
                true)));
        assertThat(added.action()).isEqualTo("checklist.item_added");
        assertThat(added.objectId()).isEqualTo(Long.toString(item.get().id()));
        assertThat(added.before()).isNull();
        assertThat(added.after()).containsEntry("title", "Check the date").containsEntry("required", true)
                .containsEntry("position", 1L);

        Recorded removed = trail.one(workspaceId, "checklist_item", () -> checklist.remove(item.get().id()));
        assertThat(removed.action()).isEqualTo("checklist.item_removed");
        assertThat(removed.objectId()).isEqualTo(Long.toString(item.get().id()));
        assertThat(removed.before()).containsEntry("title", "Check the date");
        assertThat(removed.after()).isNull();
    }

    @Test
    void the_checklist_copies_on_a_new_claim_are_recorded_as_created_tasks() {
        checklist.add("Check the date", true);
        List<Recorded> events = trail.during(workspaceId, this::newClaim);
        assertThat(events).extracting(Recorded::action).containsExactlyInAnyOrder("claim.created", "task.created");
        assertThat(events.stream().filter(e -> e.objectType().equals("task")).findFirst().orElseThrow().after()).containsEntry("title", "Check the date").containsEntry("assigneeId", null);
    }
}
