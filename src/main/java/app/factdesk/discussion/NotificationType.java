package app.factdesk.discussion;

import java.util.List;

/** Why someone is notified; each has a message {@code notification.<TYPE>} taking the notification's params. */
public enum NotificationType {
    TASK_ASSIGNED, MENTION, SIGN_OFF_AWAITED, VERDICT_APPROVED, VERDICT_RETURNED, VERDICT_PUBLISHED, TASK_OVERDUE,
    /** A webhook endpoint was turned off after failing again and again; its admins are told. */
    WEBHOOK_DISABLED;

    /** The kinds a person may also get by e-mail, in the order the profile page lists them. */
    public static final List<NotificationType> MAILABLE = List.of(TASK_ASSIGNED, MENTION, SIGN_OFF_AWAITED,
            VERDICT_RETURNED, VERDICT_APPROVED, VERDICT_PUBLISHED);
}
