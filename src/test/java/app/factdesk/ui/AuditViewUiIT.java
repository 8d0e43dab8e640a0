package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ui.AuditView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class AuditViewUiIT extends KaribuTest {

    @Test
    void an_editor_sees_the_demo_desks_events_their_values_and_an_intact_chain() {
        login(TestUsers.EDITOR);
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        AuditRow newest = GridKt._get(grid, 0);
        grid.select(newest);
        assertThat(_get(Pre.class, spec -> spec.withId("audit-after")).getText())
                .isEqualTo(newest.after() == null ? "—" : newest.after());

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verification")).getText()).startsWith("Chain intact: ");
    }
}
