package app.factdesk.shared;

/** The actor of an audit event named explicitly: an account id (null when unknown) and a username. */
public record AuditActor(Long id, String name) {
}
