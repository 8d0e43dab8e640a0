package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ApiTokenServiceIT {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_new_token_is_shown_once_and_stored_only_as_its_hash() {
        users.signIn(TestUsers.VIEWER);
        NewApiToken created = tokens.create("  stored hashed  ");

        assertThat(created.secret()).startsWith("fdt_").hasSize(47);
        assertThat(created.token().name()).isEqualTo("stored hashed");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 12));
        String hash = ownerDatabase.jdbc().queryForObject("select token_hash from api_token where id = ?", String.class,
                created.token().id());
        assertThat(hash).isEqualTo(ApiTokenSecrets.hash(created.secret())).doesNotContain(created.secret());
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from api_token where token_hash like ? or prefix = ?",
                Integer.class, "%" + created.secret().substring(4) + "%", created.secret())).isZero();
        assertThat(tokens.mine()).extracting(ApiTokenRow::id).contains(created.token().id());
    }

    @Test
    void a_revoked_token_leaves_the_list() {
        users.signIn(TestUsers.CHECKER);
        NewApiToken created = tokens.create("short-lived");
        tokens.revoke(created.token().id());
        assertThat(tokens.mine()).extracting(ApiTokenRow::id).doesNotContain(created.token().id());
        assertThat(ownerDatabase.jdbc().queryForObject("select revoked_at is not null from api_token where id = ?", Boolean.class,
                created.token().id())).isTrue();
    }

    @Test
    void nobody_revokes_or_sees_another_users_token() {
        users.signIn(TestUsers.EDITOR);
        NewApiToken editors = tokens.create("editor's");
        users.signIn(TestUsers.ADMIN);
        assertThat(tokens.mine()).extracting(ApiTokenRow::id).doesNotContain(editors.token().id());
        assertThatThrownBy(() -> tokens.revoke(editors.token().id())).isInstanceOf(UserFacingException.class)
                .hasMessage("token.not-found");
        assertThat(ownerDatabase.jdbc().queryForObject("select revoked_at is null from api_token where id = ?", Boolean.class,
                editors.token().id())).isTrue();
    }

    @Test
    void tokens_are_listed_per_workspace() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        NewApiToken inB = tokens.create("desk B");
        assertThat(tokens.mine()).extracting(ApiTokenRow::id).containsExactly(inB.token().id());
        assertThat(ownerDatabase.jdbc().queryForObject("select workspace_id from api_token where id = ?", Long.class,
                inB.token().id())).isEqualTo(desk.workspaceId());
    }

    @Test
    void a_token_needs_a_name_of_at_most_100_characters() {
        users.signIn(TestUsers.VIEWER);
        assertThatThrownBy(() -> tokens.create("   ")).hasMessage("token.name-invalid");
        assertThatThrownBy(() -> tokens.create("x".repeat(101))).hasMessage("token.name-invalid");
    }

    @Test
    void nobody_signed_in_gets_no_token() {
        assertThatThrownBy(() -> tokens.create("anonymous"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
