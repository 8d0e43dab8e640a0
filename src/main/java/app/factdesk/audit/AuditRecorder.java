package app.factdesk.audit;

import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.shared.AuditActor;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.scope.DatabaseScope;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link Auditable} event to its chain, synchronously and inside the publisher's transaction
 * ({@code MANDATORY}: an event published outside a transaction is refused), so a change and its audit row commit or
 * roll back together.
 */
@Component
class AuditRecorder {

    private final AuditChain chain;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DatabaseScope scope;

    AuditRecorder(AuditChain chain, CurrentUser currentUser, Clock clock, DatabaseScope scope) {
        this.scope = scope;
        this.chain = chain;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Auditable event) {
        FactDeskUser principal = currentUser.get().orElse(null);
        AuditActor actor = event.actor() != null ? event.actor() : actorOf(principal);
        Runnable append = () -> chain.append(event.workspaceId(), clock.instant(), actor, event.action(),
                event.objectType(), event.objectId(),
                event.channel() != null ? event.channel() : AuditChannel.of(principal),
                CanonicalJson.tree(event.before()), CanonicalJson.tree(event.after()));
        if (event.workspaceId() == null) {
            append.run();
        } else {
            // The event names its workspace; its chain is appended in that workspace's scope (ADR 017).
            scope.inWorkspace(event.workspaceId(), () -> {
                append.run();
                return null;
            });
        }
    }

    private static AuditActor actorOf(FactDeskUser principal) {
        if (principal == null) {
            return new AuditActor(null, null);
        }
        return new AuditActor(principal.isSystem() ? null : principal.userId(), principal.getUsername());
    }
}
