package app.factdesk.discussion.ui;

import app.factdesk.discussion.NotificationService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.ui.LayoutHeaderItem;
import com.vaadin.flow.component.Component;

/** Puts the notification bell in the header for members of a workspace. */
@org.springframework.stereotype.Component
class NotificationBellItem implements LayoutHeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBellItem(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return currentUser.get().filter(u -> u.workspace() != null).isPresent()
                ? new NotificationBell(notifications) : null;
    }
}
