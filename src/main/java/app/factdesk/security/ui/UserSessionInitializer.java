package app.factdesk.security.ui;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.ui.UiLocale;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * On every navigation: shows the UI in the signed-in user's language (right-to-left for Arabic) and sends a user
 * who still has a one-time password to change it before anything else.
 */
@Component
class UserSessionInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UserSessionInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            currentUser.get().ifPresentOrElse(user -> {
                UiLocale.apply(enter.getUI(), user.locale());
                if (user.mustChangePassword() && enter.getNavigationTarget() != ChangePasswordView.class
                        && enter.getNavigationTarget() != LoginView.class) {
                    enter.forwardTo(ChangePasswordView.class);
                }
            }, () -> UiLocale.apply(enter.getUI(), UiLocale.anonymous(enter.getUI())));
        }));
    }
}
