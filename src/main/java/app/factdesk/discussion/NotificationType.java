package app.factdesk.discussion;

/** Why someone is notified; each has a message {@code notification.<TYPE>} taking the notification's params. */
public enum NotificationType {
    TASK_ASSIGNED, MENTION, SIGN_OFF_AWAITED, VERDICT_APPROVED, VERDICT_RETURNED, TASK_OVERDUE
}
