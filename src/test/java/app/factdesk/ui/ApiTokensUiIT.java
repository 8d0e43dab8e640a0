package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.security.ui.ProfileView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApiTokensUiIT extends KaribuTest {

    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @SuppressWarnings("unchecked")
    private Grid<Object> tokenGrid() {
        return _get(Grid.class, spec -> spec.withId("api-tokens"));
    }

    @Test
    void a_member_creates_a_token_sees_its_secret_once_and_revokes_it() {
        login(TestUsers.VIEWER);
        UI.getCurrent().navigate(ProfileView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Newsroom script");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        String secret = _get(TextField.class, spec -> spec.withId("new-token-secret")).getValue();
        assertThat(secret).startsWith("fdt_");
        Grid<Object> grid = tokenGrid();
        int rows = GridKt._size(grid);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Newsroom script", secret.substring(0, 12))
                .doesNotContain(secret);

        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        assertThat(GridKt._size(grid)).isEqualTo(rows - 1);
        assertThat(ownerDatabase.jdbc().queryForObject("select revoked_at is not null from api_token where prefix = ?",
                Boolean.class, secret.substring(0, 12))).isTrue();
    }

    @Test
    void a_nameless_token_is_refused_with_the_rule() {
        login(TestUsers.CHECKER);
        UI.getCurrent().navigate(ProfileView.class);
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        TextField name = _get(TextField.class, spec -> spec.withId("token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("100");
    }
}
