/**
 * The audit log: every change recorded, in the transaction of the change, as an append-only row of a hash chain per
 * workspace (plus one chain for account-level events such as sign-ins). Other modules publish
 * {@link app.factdesk.shared.Auditable} events; {@link app.factdesk.audit.AuditService} lets editors read the log and
 * verify its chain. The canonical form that is hashed is described on {@link app.factdesk.audit.AuditEntry} and in
 * {@code docs/adr/006-audit-hash-chain.md}.
 */
package app.factdesk.audit;
