/**
 * The desk: screens that bring several modules together for one person at work, such as a claim with its tasks,
 * sources, verdicts, comments and history, and the start page. It depends on the feature modules; none depends on it.
 */
package app.factdesk.desk;
