/**
 * Who may do what: user accounts, passwords, sign-in with throttling, the signed-in {@link app.factdesk.security.FactDeskUser}
 * with the role of the current workspace, and the web security configuration. Memberships are looked up through
 * {@link app.factdesk.security.MembershipDirectory}, which the workspace module implements.
 */
package app.factdesk.security;
