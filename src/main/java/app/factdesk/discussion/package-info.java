/**
 * Discussion around claims: plain-text comments with {@code @username} mentions, and the in-app notifications
 * members get (a task assigned, a mention, a verdict awaiting sign-off, a verdict approved or returned, a task
 * overdue). Notifications are written in the transaction of the change that causes them.
 */
package app.factdesk.discussion;
