/**
 * Claims: check-worthy statements anchored to an exact span of an article (W3C Web Annotation text position and
 * quote selectors), with the team's normalized statement, claimant, priority, tags and workflow state. The state
 * machine is {@link app.factdesk.claim.ClaimTransitions}, the one place that says which action leads where.
 */
package app.factdesk.claim;
