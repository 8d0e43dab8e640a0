package app.factdesk.verification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyTasksUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;

    private TwoWorkspaces.Other desk;
    private String editor;
    private String checker;
    private long checkerId;
    private ClaimDetails claim;

    @BeforeEach
    void deskWithAClaim() {
        desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        checkerId = ((FactDeskUser) users.signIn(checker)).userId();
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = TwoWorkspaces.referenceArticle().indexOf(quote);
        claim = claims.create(new CreateClaim(articleId, start, start + quote.length(), quote,
                new ClaimFields("Moscow and Washington agreed on further contacts", null, null, Priority.NORMAL,
                        List.of()), null));
    }

    @Test
    void a_checker_sees_their_open_tasks_by_due_date_with_the_overdue_one_marked() {
        users.signIn(editor);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        tasks.create(new NewTask(claim.id(), "Contact the claimant", null, checkerId, today.plusDays(3), false));
        tasks.create(new NewTask(claim.id(), "Find the transcript", null, checkerId, today.minusDays(1), true));
        login(checker);
        UI.getCurrent().navigate(MyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("my-tasks-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Find the transcript");
        assertThat(GridKt._get(grid, 0).overdue()).isTrue();
        assertThat(GridKt._get(grid, 1).overdue()).isFalse();
    }

    @Test
    void a_viewer_gets_an_empty_state() {
        login(fixtures.addMember(desk, Role.VIEWER, "Vera Viewer"));
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-tasks-empty")).getText()).contains("Viewers");
    }

    @Test
    void an_editor_adds_a_task_and_the_assignee_starts_it_from_the_tasks_panel() {
        login(editor);
        UI.getCurrent().navigate("claims/" + claim.id());
        _setValue(_get(TextField.class, spec -> spec.withId("task-title")), "Find the Kremlin readout");
        _click(_get(Button.class, spec -> spec.withId("task-create")));
        TaskRow created = tasks.ofClaim(claim.id()).get(0);
        assertThat(created.title()).isEqualTo("Find the Kremlin readout");

        users.signIn(editor);
        tasks.assign(created.id(), created.version(), checkerId);
        login(checker);
        UI.getCurrent().navigate("claims/" + claim.id());
        assertThat(_find(TextField.class, spec -> spec.withId("task-title"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("task-" + created.id() + "-in_progress")));
        assertThat(tasks.ofClaim(claim.id()).get(0).status().name()).isEqualTo("IN_PROGRESS");
    }
}
