package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ui.ArticleListView;
import app.factdesk.security.Role;
import app.factdesk.security.ui.ChangePasswordView;
import app.factdesk.security.ui.ProfileView;
import app.factdesk.workspace.MemberService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    MemberService members;

    private PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private void fill(String current, String fresh, String repeat) {
        _setValue(field("current-password"), current);
        _setValue(field("new-password"), fresh);
        _setValue(field("repeat-password"), repeat);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }

    @Test
    void each_wrong_password_change_is_explained_on_its_field() {
        login(fixtures.addMember(fixtures.createOther(), Role.VIEWER, "Vera"));
        UI.getCurrent().navigate(ProfileView.class);
        fill("not my password", "a-long-new-secret-1", "a-long-new-secret-1");
        assertThat(field("current-password").getErrorMessage()).isEqualTo("The current password is not right.");
        fill(TwoWorkspaces.PASSWORD, "short", "short");
        assertThat(field("new-password").getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
        fill(TwoWorkspaces.PASSWORD, "a-long-new-secret-1", "a-long-new-secret-2");
        assertThat(field("repeat-password").getErrorMessage()).isEqualTo("The two new passwords differ.");
    }

    @Test
    void a_new_member_changes_the_one_time_password_and_reaches_the_articles() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        String username = "once" + desk.workspaceId();
        String oneTime = members.createMember(username, "Omar Once", Role.FACT_CHECKER).initialPassword();
        login(username);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(_find(ChangePasswordView.class)).hasSize(1);
        fill(oneTime, "my-own-secret-phrase", "my-own-secret-phrase");
        assertThat(_find(app.factdesk.desk.ui.DashboardView.class)).hasSize(1);
        assertThat(((app.factdesk.security.FactDeskUser) users.signIn(username)).mustChangePassword()).isFalse();
    }
}
