package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import app.factdesk.security.Role;
import app.factdesk.security.ui.AccountsView;
import app.factdesk.workspace.InvitationService;
import app.factdesk.workspace.ui.InvitationsView;
import app.factdesk.workspace.ui.MembersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    private static final String SENT =
            "Invitation sent. If the person has an account, they will see it after signing in.";

    @Autowired
    InvitationService invitations;

    private void invite(String invitee) {
        _setValue(_get(TextField.class, spec -> spec.withId("invitee")), invitee);
        _click(_get(Button.class, spec -> spec.withId("invite-member")));
    }

    @Test
    void inviting_an_existing_or_unknown_person_shows_the_same_answer_and_the_invited_person_accepts() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String elsewhere = fixtures.addMember(fixtures.createOther(), Role.VIEWER, "Elsewhere Eli");
        login(desk.adminUsername());
        UI.getCurrent().navigate(MembersView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Add existing user"))).isEmpty();
        invite(elsewhere);
        NotificationsKt.expectNotifications(SENT);
        invite("nobody-at-all-" + desk.workspaceId());
        NotificationsKt.expectNotifications(SENT);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("invitations-grid")))).isEqualTo(2);

        login(elsewhere);
        UI.getCurrent().navigate(InvitationsView.class);
        Grid<?> mine = _get(Grid.class, spec -> spec.withId("my-invitations"));
        assertThat(_size(mine)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(mine, 0, "actions").getChildren().findFirst().orElseThrow());
        assertThat(_find(Grid.class, spec -> spec.withId("my-invitations"))).isEmpty();
        assertThat(invitations.myInvitationsAcrossWorkspaces()).isEmpty();
    }

    @Test
    void only_installation_admins_reach_the_accounts_page() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        login(desk.adminUsername());
        try {
            UI.getCurrent().navigate(AccountsView.class);
        } catch (RuntimeException refused) {
            // the access checker refuses the route; what matters is that the view is not shown
        }
        assertThat(_find(AccountsView.class)).isEmpty();
        login("admin");
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("accounts-grid")))).isGreaterThanOrEqualTo(4);
    }
}
