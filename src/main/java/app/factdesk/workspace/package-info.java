/**
 * Workspaces (one team's space) and memberships (a person's role in one): switching workspace, the members admin
 * screen, the application shell ({@code MainLayout}). Implements security's {@link app.factdesk.security.MembershipDirectory}.
 */
package app.factdesk.workspace;
