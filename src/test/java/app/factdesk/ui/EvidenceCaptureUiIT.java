package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.snapshot.SnapshotService;
import app.factdesk.verdict.ui.EvidenceCaptureView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** Admins switch capture on add for their workspace; installation admins keep the allow-list, bad entries refused. */
class EvidenceCaptureUiIT extends KaribuTest {

    @Test
    void a_workspace_admin_turns_capture_on_add_on_and_sees_no_allow_list() {
        VerdictDesk.Desk desk = context.getBean(VerdictDesk.class).create();
        SnapshotService snapshots = context.getBean(SnapshotService.class);
        login(desk.admin());
        UI.getCurrent().navigate(EvidenceCaptureView.class);
        Checkbox onAdd = _get(Checkbox.class, spec -> spec.withId("capture-on-add"));
        assertThat(onAdd.getValue()).as("the test installation's default").isFalse();

        _setValue(onAdd, true);

        assertThat(snapshots.captureOnAdd()).isTrue();
        assertThat(_find(TextField.class, spec -> spec.withId("capture-allow-entry"))).isEmpty();
    }

    @Test
    void an_installation_admin_allows_an_internal_block_and_a_malformed_entry_stays_typed_with_a_message() {
        SnapshotService snapshots = context.getBean(SnapshotService.class);
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(EvidenceCaptureView.class);
        TextField entry = _get(TextField.class, spec -> spec.withId("capture-allow-entry"));
        try {
            entry.setValue("intranet.example");
            _click(_get(Button.class, spec -> spec.withId("capture-allow-add")));
            assertThat(entry.isInvalid()).isTrue();
            assertThat(entry.getErrorMessage()).startsWith("Not an address or address block: intranet.example");
            assertThat(entry.getValue()).isEqualTo("intranet.example");

            entry.setValue("10.20.0.0/16");
            _click(_get(Button.class, spec -> spec.withId("capture-allow-add")));

            assertThat(entry.isInvalid()).isFalse();
            assertThat(_get(Div.class, spec -> spec.withId("capture-allowed")).getElement().getTextRecursively())
                    .contains("10.20.0.0/16");
            assertThat(snapshots.allowedTargets()).containsExactly("10.20.0.0/16");
        } finally {
            snapshots.allowedTargets().forEach(snapshots::disallowTarget);
        }
    }
}
