package app.factdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import app.factdesk.verification.TaskService;
import app.factdesk.workspace.MemberEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignTasksUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;

    @Test
    void an_editor_gives_two_claims_the_same_task_at_once_and_a_checker_may_not() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        fixtures.addMember(desk, Role.FACT_CHECKER, "Chadi Checker");
        String body = TwoWorkspaces.referenceArticle();
        List<ClaimDetails> made = users.as(editor, () -> List.of("بناءة ومثمرة", "دميتري كوزاك").stream()
                .map(q -> claims.create(new CreateClaim(articleId, body.indexOf(q), body.indexOf(q) + q.length(), q,
                        new ClaimFields("claim " + q, null, null, null, List.of()), null))).toList());

        login(editor);
        UI.getCurrent().navigate(AssignTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<app.factdesk.claim.ClaimRow> grid = _get(Grid.class, spec -> spec.withId("assign-claims"));
        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        _setValue(_get(TextField.class, spec -> spec.withId("assign-title")), "Contact the claimant");
        @SuppressWarnings("unchecked")
        ComboBox<MemberEntry> assignee = _get(ComboBox.class, spec -> spec.withId("assign-assignee"));
        _setValue(assignee, assignee.getListDataView().getItems()
                .filter(m -> m.displayName().equals("Chadi Checker")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("assign-submit")));

        for (ClaimDetails claim : made) {
            assertThat(tasks.ofClaim(claim.id())).singleElement().satisfies(t -> {
                assertThat(t.title()).isEqualTo("Contact the claimant");
                assertThat(t.assigneeName()).isEqualTo("Chadi Checker");
            });
            assertThat(claims.find(claim.id()).orElseThrow().state()).isEqualTo(ClaimState.IN_VERIFICATION);
        }

        login(fixtures.addMember(desk, Role.FACT_CHECKER, "Another Checker"));
        UI.getCurrent().navigate("assign-tasks");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Access denied");
    }
}
