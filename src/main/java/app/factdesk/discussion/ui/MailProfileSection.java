package app.factdesk.discussion.ui;

import app.factdesk.discussion.MailPreferenceService;
import app.factdesk.security.AccountService;
import app.factdesk.security.ProfileSection;
import com.vaadin.flow.component.Component;

/** Puts the e-mail notification choices on the profile page. */
@org.springframework.stereotype.Component
class MailProfileSection implements ProfileSection {

    private final MailPreferenceService preferences;
    private final AccountService accounts;

    MailProfileSection(MailPreferenceService preferences, AccountService accounts) {
        this.preferences = preferences;
        this.accounts = accounts;
    }

    @Override
    public Component create() {
        return new MailSettingsPanel(preferences, !accounts.ownEmail().isBlank());
    }
}
