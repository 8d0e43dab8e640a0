package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.StatementCounter;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ui.AuditView;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.security.AccountService;
import app.factdesk.security.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    AccountService accounts;

    @SuppressWarnings("unchecked")
    private static Grid<AuditRow> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static String changes() {
        return _get(Div.class, spec -> spec.withId("audit-changes")).getElement().getTextRecursively();
    }

    @Test
    void an_editor_sees_the_demo_desks_events_and_an_intact_chain() {
        login(TestUsers.EDITOR);
        UI.getCurrent().navigate(AuditView.class);
        assertThat(GridKt._size(grid())).isPositive();
        assertThat(changes()).isEqualTo("Select an event to see its values before and after.");

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verification")).getText()).startsWith("Chain intact: ");
    }

    /** A fresh desk where "Chadi Checker" created a claim and started its verification; returns their username. */
    private String aClaimInVerification() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.EDITOR, "Chadi Checker");
        String quote = "الكرملين";
        users.as(checker, () -> {
            ClaimDetails claim = claims.create(new CreateClaim(articleId, 0, quote.length(), quote, new ClaimFields(
                    "The Kremlin spoke", "Peskov", null, null, List.of()), null));
            return claims.startVerification(claim.id(), claim.version());
        });
        return checker;
    }

    @Test
    void a_state_change_reads_as_a_translated_action_a_display_name_and_before_to_after() {
        String checker = aClaimInVerification();
        login(checker);
        UI.getCurrent().navigate(AuditView.class);
        Grid<AuditRow> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Chadi Checker", "Verification started")
                .doesNotContain("claim.verification_started", checker);
        grid.select(GridKt._get(grid, 0));
        assertThat(changes()).contains("State: Draft → In verification").doesNotContain("{", "DRAFT");
    }

    @Test
    void in_arabic_the_action_field_and_values_are_arabic_and_the_arrow_points_left() {
        String checker = aClaimInVerification();
        login(checker);
        accounts.updateOwnProfile("Chadi Checker", "ar");
        UI.getCurrent().navigate(AuditView.class);
        Grid<AuditRow> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Chadi Checker", "بدأ التحقق");
        grid.select(GridKt._get(grid, 0));
        assertThat(changes()).contains("الحالة: مسودة ← قيد التحقق");
    }

    @Test
    void pages_follow_each_other_by_chain_position_and_no_refresh_counts_the_log() {
        String checker = aClaimInVerification();
        login(checker);
        UI.getCurrent().navigate(AuditView.class);
        Grid<AuditRow> grid = grid();
        List<String> sql = StatementCounter.sql(() -> {
            grid.getDataProvider().refreshAll();
            List<AuditRow> first = GridKt._fetch(grid, 0, 2);
            List<AuditRow> second = GridKt._fetch(grid, 2, 2);
            assertThat(first).hasSize(2);
            assertThat(second).isNotEmpty();
            assertThat(second.get(0).seq()).isEqualTo(first.get(1).seq() - 1);
        });
        assertThat(sql).noneMatch(statement -> statement.toLowerCase().contains("count("))
                .anyMatch(statement -> statement.contains("seq < "));
        long events = GridKt._fetch(grid, 0, 500).size();
        assertThat(_get(Span.class, spec -> spec.withId("audit-size")).getText())
                .isEqualTo(events + " events in the log, newest first");
    }
}
