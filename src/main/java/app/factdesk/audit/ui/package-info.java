/**
 * Views of the audit log. {@link app.factdesk.audit.ui.AuditHistory} (an object's events, readable) is exposed so
 * that the claim page of another module can embed it.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.factdesk.audit.ui;
