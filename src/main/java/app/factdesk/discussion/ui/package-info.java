/**
 * Views of the discussion: {@link app.factdesk.discussion.ui.CommentsPanel} (exposed for claim screens of other
 * modules to embed), the notification bell and the interim claim work page.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.factdesk.discussion.ui;
