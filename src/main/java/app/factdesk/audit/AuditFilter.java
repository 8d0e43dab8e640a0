package app.factdesk.audit;

import java.time.LocalDate;

/**
 * What to show of the audit log; every part is optional. {@code actor}: a username (case-insensitive);
 * {@code action}: a prefix, e.g. {@code claim.} or {@code claim.edited}; {@code from} and {@code to}: UTC days,
 * both included.
 */
public record AuditFilter(String actor, String action, String objectType, String objectId, LocalDate from,
        LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
