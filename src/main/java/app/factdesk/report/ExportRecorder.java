package app.factdesk.report;

import app.factdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an export as an audit event in a short transaction of its own, after the export was written: appending
 * locks the workspace's chain head, which must not stay locked for the length of a long export.
 */
@Component
class ExportRecorder {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    ExportRecorder(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @Transactional
    public void record(String action, String objectId, ExportRequest request, ExportResult result) {
        record(action, objectId, request, result, null);
    }

    /** Records it with the channel of the request that started it (null: the current request's). */
    @Transactional
    public void record(String action, String objectId, ExportRequest request, ExportResult result, String channel) {
        events.publishEvent(new ExportRecorded(currentUser.workspaceId(), action, objectId, request, result, channel));
    }
}
