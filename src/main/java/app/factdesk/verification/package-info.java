/**
 * Verification tasks: the pieces of work on a claim (assignee, due date, required flag, status), "my tasks" across
 * articles, and the workspace checklist of default tasks added to every new claim. Required tasks that are not done
 * block proposing a verdict (a {@link app.factdesk.claim.ProposalGuard}).
 */
package app.factdesk.verification;
