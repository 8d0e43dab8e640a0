/**
 * Views of sources, verdicts and sign-off. {@link app.factdesk.verdict.ui.SourcesPanel} and
 * {@link app.factdesk.verdict.ui.VerdictsPanel} are exposed so that claim screens of other modules can embed them.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.factdesk.verdict.ui;
