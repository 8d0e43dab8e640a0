/**
 * Views of the discussion: {@link app.factdesk.discussion.ui.CommentsPanel} (exposed for claim screens of other
 * modules to embed), and the notification bell.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.factdesk.discussion.ui;
