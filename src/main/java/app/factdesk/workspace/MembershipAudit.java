package app.factdesk.workspace;

import app.factdesk.shared.Auditable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a change of someone's access to a workspace in that workspace's chain and in the account-level chain. */
@Component
class MembershipAudit {

    private final ApplicationEventPublisher events;

    MembershipAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void membershipChanged(long workspaceId, String action, long userId, Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new MembershipChanged(workspaceId, action, userId, before, after));
        events.publishEvent(new MembershipChanged(null, action, userId, before, withWorkspace(after, workspaceId)));
    }

    void invitationChanged(long workspaceId, String action, long invitationId, Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new InvitationChanged(workspaceId, action, invitationId, before, after));
        events.publishEvent(new InvitationChanged(null, action, invitationId, before,
                withWorkspace(after, workspaceId)));
    }

    private static Map<String, Object> withWorkspace(Map<String, Object> fields, long workspaceId) {
        Map<String, Object> copy = new LinkedHashMap<>(Auditable.fields("workspaceId", workspaceId));
        if (fields != null) {
            copy.putAll(fields);
        }
        return copy;
    }
}
