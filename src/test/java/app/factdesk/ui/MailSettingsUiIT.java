package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestMailServer;
import app.factdesk.TwoWorkspaces;
import app.factdesk.discussion.MailPreferenceService;
import app.factdesk.discussion.MailPreferences;
import app.factdesk.discussion.NotificationType;
import app.factdesk.security.Role;
import app.factdesk.security.ui.ProfileView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailSettingsUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    TestMailServer mailServer;

    @AfterEach
    void mailBackOn() {
        mailServer.reachable();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_chooses_on_the_profile_which_notifications_to_get_as_a_daily_digest() {
        String member = fixtures.addMember(fixtures.createOther(), Role.FACT_CHECKER, "Fatima");
        login(member);
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-no-address")).getText())
                .isEqualTo("Add your e-mail address above to receive these e-mails.");
        CheckboxGroup<NotificationType> kinds = _get(CheckboxGroup.class, spec -> spec.withId("mail-kinds"));
        assertThat(kinds.getValue()).as("nothing until the member opts in").isEmpty();
        kinds.setValue(Set.of(NotificationType.MENTION, NotificationType.VERDICT_PUBLISHED));
        RadioButtonGroup<Boolean> mode = _get(RadioButtonGroup.class, spec -> spec.withId("mail-mode"));
        mode.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save-mail")));

        assertThat(preferences.mine()).isEqualTo(new MailPreferences(
                Set.of(NotificationType.MENTION, NotificationType.VERDICT_PUBLISHED), true));
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("mail-kinds")).getValue())
                .isEqualTo(Set.of(NotificationType.MENTION, NotificationType.VERDICT_PUBLISHED));
    }

    @Test
    void without_an_smtp_server_the_profile_says_that_e_mail_is_off() {
        login(fixtures.addMember(fixtures.createOther(), Role.VIEWER, "Vera"));
        mailServer.unconfigured();
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-off")).getText())
                .startsWith("E-mail is off on this installation");
        assertThat(_find(CheckboxGroup.class)).isEmpty();
    }
}
