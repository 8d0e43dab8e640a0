package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ui.ArticleListView;
import app.factdesk.claim.ui.ArticleWorkspaceView;
import app.factdesk.security.AccountService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.security.ui.ChangePasswordView;
import app.factdesk.workspace.MemberService;
import app.factdesk.workspace.ui.MembersView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutUiIT extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    CurrentUser currentUser;

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void a_viewer_sees_articles_my_tasks_claims_search_and_profile_only() {
        login(TestUsers.VIEWER);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(menu()).containsExactly("Dashboard", "Articles", "My tasks", "Claims", "Search", "Invitations", "Profile");
    }

    @Test
    void checkers_may_also_import_but_not_manage_members_or_the_checklist() {
        login(TestUsers.CHECKER);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(menu()).containsExactly("Dashboard", "Articles", "My tasks", "Import article", "Claims", "Search", "Invitations", "Profile");
    }

    @Test
    void editors_also_review_keep_the_checklist_and_read_the_audit_log_but_do_not_manage_members() {
        login(TestUsers.EDITOR);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(menu()).containsExactly("Dashboard", "Articles", "My tasks", "Import article", "Review queue", "Claims",
                "Search", "Task checklist", "Audit log", "Exports", "Invitations", "Profile");
    }

    @Test
    void admin_also_manages_members_and_the_rating_scale() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(menu()).containsExactly("Dashboard", "Articles", "My tasks", "Import article", "Review queue", "Claims",
                "Search", "Task checklist", "Audit log", "Sign-in history", "Exports", "Members", "Accounts", "Fact-check library", "Rating scale",
                "Signing keys", "Evidence capture", "Webhooks", "Invitations", "Profile");
    }

    @Test
    void a_viewer_opening_the_members_page_gets_access_denied() {
        login(TestUsers.VIEWER);
        UI.getCurrent().navigate("admin/members");
        assertThat(_find(MembersView.class)).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Access denied");
    }

    @Test
    void an_admin_opens_the_members_page_and_sees_every_demo_member() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(MembersView.class);
        @SuppressWarnings("unchecked")
        Grid<app.factdesk.workspace.MemberRow> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
    }

    @Test
    void the_viewer_sees_the_reference_article_and_opens_it_right_to_left() {
        login(TestUsers.VIEWER);
        UI.getCurrent().navigate(ArticleListView.class);
        @SuppressWarnings("unchecked")
        Grid<app.factdesk.article.ArticleRow> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        app.factdesk.article.ArticleRow first = GridKt._get(grid, 0);
        assertThat(first.title()).startsWith("الكرملين");
        assertThat(first.outlet()).isEqualTo("Sputnik / Pakistan Point News");

        UI.getCurrent().navigate("articles/" + first.id());
        app.factdesk.claim.ui.ArticleText body = _get(app.factdesk.claim.ui.ArticleText.class);
        assertThat(body.getId()).hasValue("article-body");
        assertThat(body.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(body.segments().stream().map(app.factdesk.claim.ui.ArticleText.Segment::text)
                .collect(java.util.stream.Collectors.joining())).contains("دميتري بيسكوف")
                .contains("پاکستان پوائنٹ نیوز");
        assertThat(_find(ArticleWorkspaceView.class)).hasSize(1);
    }

    @Test
    void an_article_of_another_workspace_is_not_found() {
        TwoWorkspaces.Other other = fixtures.createOther();
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate("articles/" + other.articleId());
        assertThat(_find(ArticleWorkspaceView.class)).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Page not found");
    }

    @Test
    void in_arabic_the_menu_is_arabic_and_the_page_is_right_to_left() {
        login(TestUsers.CHECKER);
        String name = currentUser.require().displayName();
        accounts.updateOwnProfile(name, "ar");
        try {
            UI.getCurrent().navigate(ArticleListView.class);
            assertThat(menu()).containsExactly("لوحة المتابعة", "المقالات", "مهامي", "استيراد مقالة", "الادعاءات", "البحث",
                    "الدعوات", "الملف الشخصي");
            assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        } finally {
            accounts.updateOwnProfile(name, "en");
        }
    }

    @Test
    void a_new_member_must_change_the_one_time_password_before_anything_else() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        users.signIn(desk.adminUsername());
        String username = "first" + desk.workspaceId();
        members.createMember(username, "First Timer", Role.VIEWER);
        login(username);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(_find(ChangePasswordView.class)).hasSize(1);
        assertThat(_find(ArticleListView.class)).isEmpty();
    }
}
