package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.attest.AttestationService;
import app.factdesk.attest.ui.SigningKeysView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The Signing keys page: checkpoints signed on request appear at once; a bad authority address stays typed. */
class SigningKeysUiIT extends KaribuTest {

    @Test
    void an_admin_signs_a_checkpoint_and_sees_it_listed_with_its_file() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(SigningKeysView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("checkpoints-grid"));
        int before = _size(grid);

        _click(_get(Button.class, spec -> spec.withId("sign-checkpoint")));

        assertThat(_size(grid)).isEqualTo(Math.min(before + 1, 20));
    }

    @Test
    void a_bad_time_stamping_address_is_refused_at_the_field_and_kept_as_typed() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(SigningKeysView.class);
        TextField url = _get(TextField.class, spec -> spec.withId("tsa-url"));
        assertThat(url.isReadOnly()).as("the installation's first admin sets it").isFalse();

        url.setValue("ftp://tsa.example.org/");
        _click(_get(Button.class, spec -> spec.withId("tsa-save")));

        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Enter an http:// or https:// address of a time-stamping authority");
        assertThat(url.getValue()).isEqualTo("ftp://tsa.example.org/");
        assertThat(context.getBean(AttestationService.class).timestampUrl()).isEmpty();
    }
}
