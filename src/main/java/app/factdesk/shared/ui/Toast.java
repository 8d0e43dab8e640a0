package app.factdesk.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The short messages after an action. They open at the end of the bottom edge (right in English, left in Arabic),
 * away from the menu drawer, which sits at the start; refusals open at the top centre, where they are read first.
 */
public final class Toast {

    private Toast() {
    }

    /** "It worked", said once. */
    public static Notification done(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Why an action was refused; stays longer. */
    public static Notification refused(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
