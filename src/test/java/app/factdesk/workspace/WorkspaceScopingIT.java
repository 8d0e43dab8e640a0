package app.factdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleRow;
import app.factdesk.article.ArticleService;
import app.factdesk.security.AccountService;
import app.factdesk.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** A member of one workspace gets nothing of another through any service. */
@IntegrationTest
class WorkspaceScopingIT {

    @Autowired
    TestUsers users;
    @Autowired
    InvitationService invitations;
    @Autowired
    app.factdesk.security.InstallationAdminService installationAdmin;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleService articles;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void demo_admin_sees_only_the_demo_desk_articles() {
        TwoWorkspaces.Other other = fixtures.createOther();
        users.signIn(TestUsers.ADMIN);
        assertThat(articles.list(0, 100)).extracting(ArticleRow::title).isNotEmpty()
                .doesNotContain("B's secret article");
        assertThat(articles.find(other.articleId())).isEmpty();
    }

    @Test
    void other_workspace_admin_sees_their_article_and_not_the_demo_one() {
        TwoWorkspaces.Other other = fixtures.createOther();
        users.signIn(other.adminUsername());
        assertThat(articles.list(0, 100)).extracting(ArticleRow::id).containsExactly(other.articleId());
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void an_admin_of_another_workspace_cannot_list_or_change_demo_members() {
        TwoWorkspaces.Other other = fixtures.createOther();
        long demoViewerId = users.as(TestUsers.VIEWER, () -> currentUser.require().userId());
        users.signIn(other.adminUsername());
        assertThat(members.members()).extracting(MemberRow::username).containsExactly(other.adminUsername());
        assertThatThrownBy(() -> members.changeRole(demoViewerId, app.factdesk.security.Role.ADMIN))
                .hasMessageContaining("members.not-a-member");
        assertThatThrownBy(() -> installationAdmin.setAccountEnabled(demoViewerId, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.setSuspended(demoViewerId, true)).hasMessageContaining("members.not-a-member");
    }

    @Test
    void switching_to_a_workspace_one_is_not_a_member_of_is_refused() {
        TwoWorkspaces.Other other = fixtures.createOther();
        users.signIn(TestUsers.EDITOR);
        assertThatThrownBy(() -> accounts.switchWorkspace(other.workspaceId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(currentUser.workspace().workspaceName()).isEqualTo("Demo desk");
    }

    @Test
    void a_member_of_two_workspaces_switches_and_sees_the_other_articles() {
        TwoWorkspaces.Other other = fixtures.createOther();
        long demoId = users.as(TestUsers.EDITOR, currentUser::workspaceId);
        users.signIn(other.adminUsername());
        invitations.invite(TestUsers.EDITOR, app.factdesk.security.Role.VIEWER);
        users.signIn(TestUsers.EDITOR);
        invitations.acceptInvitationAcrossWorkspaces(invitations.myInvitationsAcrossWorkspaces().stream()
                .filter(i -> i.workspaceId() == other.workspaceId()).findFirst().orElseThrow().id());
        try {
            assertThat(workspaces.myWorkspaces()).hasSizeGreaterThanOrEqualTo(2);
            accounts.switchWorkspace(other.workspaceId());
            assertThat(currentUser.workspace().role()).isEqualTo(app.factdesk.security.Role.VIEWER);
            assertThat(articles.list(0, 10)).extracting(ArticleRow::id).containsExactly(other.articleId());
        } finally {
            accounts.switchWorkspace(demoId);
        }
        assertThat(currentUser.workspace().role()).isEqualTo(app.factdesk.security.Role.EDITOR);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> articles.list(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> members.members()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
