/**
 * Views of verification tasks. {@link app.factdesk.verification.ui.TasksPanel} is exposed so that claim screens of
 * other modules can embed it.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.factdesk.verification.ui;
