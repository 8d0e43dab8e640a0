package app.factdesk.audit;

/** An object that audit events may name, e.g. {@code claim} 42. */
public record AuditObject(String type, String id) {

    public static AuditObject of(String type, long id) {
        return new AuditObject(type, Long.toString(id));
    }
}
