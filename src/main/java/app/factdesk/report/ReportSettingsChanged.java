package app.factdesk.report;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** An admin changed the workspace's ClaimReview publisher settings. */
record ReportSettingsChanged(Long workspaceId, ReportSettingsRow previous, ReportSettingsRow now) implements Auditable {

    @Override
    public String action() {
        return "report_settings.changed";
    }

    @Override
    public String objectType() {
        return "report_settings";
    }

    @Override
    public String objectId() {
        return Long.toString(workspaceId);
    }

    @Override
    public Map<String, Object> before() {
        return previous == null ? null : fields(previous);
    }

    @Override
    public Map<String, Object> after() {
        return fields(now);
    }

    private static Map<String, Object> fields(ReportSettingsRow row) {
        return Auditable.fields("organisationName", row.organisationName(), "organisationUrl",
                row.organisationUrl(), "publicationUrlPattern", row.publicationUrlPattern());
    }
}
