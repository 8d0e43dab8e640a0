/**
 * Discussion around claims: plain-text comments with {@code @username} mentions, and the in-app notifications
 * members get (a task assigned, a mention, a verdict awaiting sign-off, a verdict approved or returned, a task
 * overdue, a verdict published). Notifications are written in the transaction of the change that causes them, with
 * the e-mail job or digest entry of a recipient who asked for that kind by e-mail (ADR 029).
 */
package app.factdesk.discussion;
