package app.factdesk.discussion.ui;

import app.factdesk.discussion.NotificationService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.shared.ui.LayoutHeaderItem;
import com.vaadin.flow.component.Component;

/** Puts the notification bell in the header for members of a workspace. */
@org.springframework.stereotype.Component
class NotificationBellItem implements LayoutHeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final ChangeFeed changes;

    NotificationBellItem(NotificationService notifications, CurrentUser currentUser, ChangeFeed changes) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    /** The bell, counting up live when a notification for this user commits (on any server). */
    @Override
    public Component create() {
        return currentUser.get().filter(u -> u.workspace() != null).map(me -> {
            NotificationBell bell = new NotificationBell(notifications);
            LiveRefresh.refreshOnChange(bell, changes, me.workspace().workspaceId(),
                    notice -> "notification".equals(notice.type()) && notice.id() == me.userId(), bell::refreshCount);
            return (Component) bell;
        }).orElse(null);
    }
}
