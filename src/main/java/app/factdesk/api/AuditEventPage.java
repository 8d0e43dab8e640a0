package app.factdesk.api;

import java.util.List;

/**
 * A page of audit events in chain order. {@code next} is the cursor of the following page, or null once a page comes
 * back short: the end of the chain as it stood (a full last page is followed by an empty one).
 */
record AuditEventPage(List<AuditEventJson> items, String next) {
}
