/**
 * Sources and evidence of a claim, the workspace's rating scale, verdicts and their editorial sign-off (four-eyes,
 * N approvals, return, publish, correct). Moves the claim through the workflow only via
 * {@link app.factdesk.claim.ClaimService#advance}; the claim module knows nothing of this one.
 */
package app.factdesk.verdict;
