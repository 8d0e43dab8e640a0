package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void admin_holds_every_role_authority() {
        assertThat(Role.ADMIN.authorities())
                .containsExactly("ROLE_VIEWER", "ROLE_FACT_CHECKER", "ROLE_EDITOR", "ROLE_ADMIN");
    }

    @Test
    void viewer_holds_only_its_own_authority() {
        assertThat(Role.VIEWER.authorities()).containsExactly("ROLE_VIEWER");
    }

    @Test
    void fact_checker_includes_viewer_but_not_editor() {
        assertThat(Role.FACT_CHECKER.includes(Role.VIEWER)).isTrue();
        assertThat(Role.FACT_CHECKER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.FACT_CHECKER.authorities()).doesNotContain("ROLE_EDITOR");
    }

    @Test
    void role_name_constants_match_the_enum() {
        assertThat(Role.valueOf(Role.VIEWER_NAME)).isEqualTo(Role.VIEWER);
        assertThat(Role.valueOf(Role.FACT_CHECKER_NAME)).isEqualTo(Role.FACT_CHECKER);
        assertThat(Role.valueOf(Role.EDITOR_NAME)).isEqualTo(Role.EDITOR);
        assertThat(Role.valueOf(Role.ADMIN_NAME)).isEqualTo(Role.ADMIN);
    }
}
